import type { ReminderOffset } from "@taqweem/db";
import { Temporal } from "temporal-polyfill";
import { occurrencesBetween, type Series } from "../events/recurrence";
import { toZoned, wallClockToInstant } from "../events/zoned-time";

export interface ReminderTiming {
  offset: ReminderOffset;
  customMinutesBefore: number | null;
}

const minute = 60_000;
const day = 24 * 60 * minute;
const leadOf = { week_before: 7 * day, day_before: day, morning_of: day };

/**
 * When a reminder for an occurrence starting at `start` goes out. "The morning of" is 08:00 in
 * the organisation's time zone on the start's local date, or the start itself if that is earlier.
 */
export function reminderFireAt(reminder: ReminderTiming, start: Date, orgTimeZone: string): Date {
  switch (reminder.offset) {
    case "week_before":
    case "day_before":
      return new Date(start.getTime() - leadOf[reminder.offset]);
    case "custom":
      return new Date(start.getTime() - (reminder.customMinutesBefore ?? 0) * minute);
    case "morning_of": {
      const date = toZoned(start, orgTimeZone).toPlainDate();
      const eight = wallClockToInstant(date.toPlainDateTime(new Temporal.PlainTime(8)), orgTimeZone);
      return eight < start ? eight : start;
    }
  }
}

// How far ahead to look for the next occurrence whose reminder is still to come.
const horizon = 400 * day;

/** The next time this reminder goes out after `now`, and the occurrence it is about; null: never again. */
export function nextReminder(
  reminder: ReminderTiming,
  series: Series,
  orgTimeZone: string,
  now: Date,
): { fireAt: Date; occurrenceStart: Date } | null {
  const lead =
    reminder.offset === "custom" ? (reminder.customMinutesBefore ?? 0) * minute : leadOf[reminder.offset];
  const occurrences = occurrencesBetween(series, now, new Date(now.getTime() + lead + horizon));
  for (const { start } of occurrences) {
    const fireAt = reminderFireAt(reminder, start, orgTimeZone);
    if (fireAt > now) return { fireAt, occurrenceStart: start };
  }
  return null;
}
