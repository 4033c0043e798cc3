"use client";

import { useFormatter } from "next-intl";
import { useHijriLabels } from "@/components/calendar/use-hijri-labels";
import { addLocalDays, toDateKey } from "@/lib/zoned-time";

/**
 * Node and the browsers ship different ICU data: Node puts thin and narrow no-break spaces around
 * range dashes and before AM/PM where Chromium puts plain spaces. Plain spaces everywhere keep the
 * server's HTML and the browser's first render identical.
 */
const plainSpaces = (text: string) => text.replace(/[\u2009\u202f]/g, " ");

/**
 * Dates of events in the organisation's zone with Latin digits, Gregorian or Umm al-Qura. All-day
 * events end at an exclusive midnight, so their last day is the day before `endsAt`.
 */
export function useEventDates(timeZone: string) {
  const format = useFormatter();
  const hijri = useHijriLabels(timeZone);
  const base = { timeZone, numberingSystem: "latn" } as const;
  const lastDayOf = (start: Date, end: Date) => {
    const last = addLocalDays(end, -1, timeZone);
    return last < start ? start : last;
  };
  return {
    dateTime: (date: Date) =>
      plainSpaces(format.dateTime(date, { ...base, dateStyle: "medium", timeStyle: "short" })),
    /** "Tuesday, 3 March 2026, 10:00 – 12:00", or the days alone for an all-day event. */
    span(start: Date, end: Date, allDay: boolean): string {
      if (!allDay)
        return plainSpaces(
          format.dateTimeRange(start, end, { ...base, dateStyle: "full", timeStyle: "short" }),
        );
      const last = lastDayOf(start, end);
      return plainSpaces(
        toDateKey(last, timeZone) === toDateKey(start, timeZone)
          ? format.dateTime(start, { ...base, dateStyle: "full" })
          : format.dateTimeRange(start, last, { ...base, dateStyle: "full" }),
      );
    },
    /** The same span's days in the Umm al-Qura calendar. */
    hijriSpan: (start: Date, end: Date, allDay: boolean) =>
      plainSpaces(hijri.days(start, allDay ? lastDayOf(start, end) : end)),
    /** "3 March 2026" */
    date: (date: Date) => plainSpaces(format.dateTime(date, { ...base, dateStyle: "long" })),
  };
}
