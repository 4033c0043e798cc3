"use client";

import { useLocale } from "next-intl";
import { useMemo } from "react";

/** Umm al-Qura (Hijri) labels for calendar days, headers and periods, with Latin digits. */
export function useHijriLabels(timeZone: string) {
  const locale = useLocale();
  return useMemo(() => {
    const tag = `${locale}-u-ca-islamic-umalqura-nu-latn`;
    const dayAndMonth = new Intl.DateTimeFormat(tag, { timeZone, day: "numeric", month: "short" });
    const monthAndYear = new Intl.DateTimeFormat(tag, { timeZone, month: "long", year: "numeric" });
    const full = new Intl.DateTimeFormat(tag, { timeZone, dateStyle: "long" });
    const dayNumber = (date: Date) =>
      dayAndMonth.formatToParts(date).find((part) => part.type === "day")?.value ?? "";
    return {
      dayNumber,
      /** The day, with the month name on the first day of a Hijri month and where `withMonth` asks. */
      day(date: Date, withMonth: boolean): string {
        const day = dayNumber(date);
        return withMonth || day === "1" ? dayAndMonth.format(date) : day;
      },
      /** "Ramadan – Shawwal 1447 AH" for the months a view spans. */
      months: (start: Date, lastDay: Date) => monthAndYear.formatRange(start, lastDay),
      full: (date: Date) => full.format(date),
      /** "11–12 Jumada II 1448 AH": first and last day of a span (the same day gives one date). */
      days: (first: Date, last: Date) => full.formatRange(first, last),
    };
  }, [locale, timeZone]);
}
