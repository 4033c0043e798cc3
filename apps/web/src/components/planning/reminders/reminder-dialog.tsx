"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Dialog } from "@/components/ui/dialog";
import { useTRPC } from "@/trpc/react";
import type { EventReminder } from "../types";
import { ReminderForm } from "./reminder-form";
import { newReminderValues, reminderInput, reminderValuesOf } from "./reminder-values";

/** Adds a reminder to the event (without `reminder`) or edits one. */
export function ReminderDialog({
  open,
  eventId,
  reminder,
  onClose,
}: {
  open: boolean;
  eventId: string;
  reminder: EventReminder | null;
  onClose: () => void;
}) {
  const t = useTranslations("reminders");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const options = {
    onSuccess: () => {
      onClose();
      return queryClient.invalidateQueries(trpc.reminders.forEvent.queryFilter({ eventId }));
    },
  };
  const create = useMutation(trpc.reminders.create.mutationOptions(options));
  const update = useMutation(trpc.reminders.update.mutationOptions(options));
  const mutation = reminder ? update : create;
  const close = () => {
    create.reset();
    update.reset();
    onClose();
  };
  return (
    <Dialog open={open} onClose={close} title={reminder ? t("editTitle") : t("newTitle")} size="lg">
      <ReminderForm
        initial={reminder ? reminderValuesOf(reminder) : newReminderValues}
        submitLabel={reminder ? t("save") : t("create")}
        pending={mutation.isPending}
        error={mutation.error}
        onCancel={close}
        onSubmit={(values) =>
          reminder
            ? update.mutate({ id: reminder.id, ...reminderInput(values) })
            : create.mutate({ eventId, ...reminderInput(values) })
        }
      />
    </Dialog>
  );
}
