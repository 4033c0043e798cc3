"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import type { CategoryOption } from "@/components/calendar/category-filter";
import type { SlotSelection } from "@/components/calendar/event-calendar";
import { EventForm } from "@/components/events/event-form";
import { valuesForSlot } from "@/components/events/event-form-values";
import { Dialog } from "@/components/ui/dialog";
import type { EventChoices } from "@/lib/calendar-url";
import { useTRPC } from "@/trpc/react";

/** A new event for the selected slot; the calendar reloads once it is saved. */
export function CreateEventDialog({
  slot,
  timeZone,
  categories,
  choices,
  onClose,
  onCreated,
}: {
  slot: SlotSelection | null;
  timeZone: string;
  categories: CategoryOption[];
  choices: EventChoices;
  onClose: () => void;
  onCreated: (event: { id: string }) => void;
}) {
  const t = useTranslations("event.form");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(
    trpc.events.create.mutationOptions({
      onSuccess: async (event) => {
        await queryClient.invalidateQueries(trpc.events.pathFilter());
        onCreated(event);
      },
    }),
  );
  const close = () => {
    create.reset();
    onClose();
  };
  return (
    <Dialog open={slot !== null} onClose={close} title={t("createTitle")} size="lg">
      {slot && (
        <EventForm
          idPrefix="new-event"
          mode="create"
          initial={valuesForSlot(slot, timeZone)}
          timeZone={timeZone}
          categories={categories}
          choices={choices}
          pending={create.isPending}
          error={create.error}
          onSubmit={(fields, status) => create.mutate({ ...fields, status })}
          onCancel={close}
        />
      )}
    </Dialog>
  );
}
