"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import type { EventMove } from "@/components/calendar/event-calendar";
import { addLocalDays } from "@/lib/zoned-time";
import { hasErrorKey } from "@/trpc/api-error";
import { useTRPC } from "@/trpc/react";
import { useErrorMessage } from "@/trpc/use-error-message";
import type { Notice } from "./notice";

const hourMs = 60 * 60 * 1000;

/**
 * Saves an event dragged or resized on the grid with the version it was read at. A refusal puts
 * it back; a version conflict says so and reloads the calendar, so the next try sees the change.
 */
export function useReschedule(timeZone: string, onNotice: (notice: Notice) => void) {
  const t = useTranslations("calendar");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const update = useMutation(trpc.events.update.mutationOptions());

  return (move: EventMove) => {
    // An event dropped between the all-day row and the hours has no end yet.
    const end =
      move.end ??
      (move.allDay ? addLocalDays(move.start, 1, timeZone) : new Date(move.start.getTime() + hourMs));
    update.mutate(
      { id: move.eventId, version: move.version, startsAt: move.start, endsAt: end, allDay: move.allDay },
      {
        onSuccess: () => onNotice({ tone: "success", text: t("moved") }),
        onError: (error) => {
          move.revert();
          onNotice({
            tone: "error",
            text: hasErrorKey(error, "errors.staleVersion") ? t("conflict") : errorMessage(error),
          });
        },
        onSettled: () => queryClient.invalidateQueries(trpc.events.pathFilter()),
      },
    );
  };
}
