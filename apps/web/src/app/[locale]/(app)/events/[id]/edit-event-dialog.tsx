"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { CategoryOption } from "@/components/calendar/category-filter";
import { EventForm } from "@/components/events/event-form";
import {
  changedFields,
  type EventFields,
  readValues,
  valuesForEvent,
} from "@/components/events/event-form-values";
import { Alert } from "@/components/ui/alert";
import { Dialog } from "@/components/ui/dialog";
import type { EventChoices } from "@/lib/calendar-url";
import { hasErrorKey } from "@/trpc/api-error";
import type { EventData } from "./event-data";

interface Props {
  open: boolean;
  event: EventData;
  timeZone: string;
  categories: CategoryOption[];
  choices: EventChoices;
  pending: boolean;
  error: unknown;
  onSave: (changes: Partial<EventFields>) => void;
  onClose: () => void;
}

export function EditEventDialog({ open, onClose, ...props }: Props) {
  const t = useTranslations("event.form");
  return (
    <Dialog open={open} onClose={onClose} title={t("editTitle")} size="lg">
      <EditEventForm {...props} onClose={onClose} />
    </Dialog>
  );
}

/**
 * Sends only the fields changed since the form was opened. After a version conflict the page
 * shows the other person's version and saving again applies these changes on top of it.
 */
function EditEventForm({
  event,
  timeZone,
  categories,
  choices,
  pending,
  error,
  onSave,
  onClose,
}: Omit<Props, "open">) {
  const t = useTranslations("event");
  // Taken when the form opens and kept, whatever newer version arrives meanwhile.
  const [opened] = useState(() => {
    const values = valuesForEvent(event, timeZone);
    return { values, fields: readValues(values, timeZone).fields! };
  });
  const stale = hasErrorKey(error, "errors.staleVersion");
  return (
    <EventForm
      idPrefix="edit-event"
      mode="edit"
      initial={opened.values}
      timeZone={timeZone}
      categories={categories}
      choices={choices}
      pending={pending}
      error={stale ? null : error}
      notice={stale && <Alert tone="error">{t("conflictInForm")}</Alert>}
      onSubmit={(fields) => onSave(changedFields(opened.fields, fields))}
      onCancel={onClose}
    />
  );
}
