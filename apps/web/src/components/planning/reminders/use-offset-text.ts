"use client";

import { useTranslations } from "next-intl";
import type { EventReminder } from "../types";
import { useDurationWords } from "../use-duration-words";

/** "A day before", "The morning of, at 08:00", "3 hours before the start". */
export function useOffsetText(): (reminder: Pick<EventReminder, "offset" | "customMinutesBefore">) => string {
  const t = useTranslations("reminders.offsets");
  const words = useDurationWords();
  return (reminder) =>
    reminder.offset === "custom"
      ? t("customBefore", { span: words(reminder.customMinutesBefore ?? 0) })
      : t(reminder.offset);
}
