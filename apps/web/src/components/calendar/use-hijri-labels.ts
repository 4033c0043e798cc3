"use client";

import { useLocale } from "next-intl";
import { useMemo } from "react";

/**
 * Umm al-Qura (Hijri) labels for calendar days: the day number alone, with the month name on the
 * first day of a Hijri month or when asked (the first cell of a view), so narrow cells stay legible.
 */
export function useHijriLabels(timeZone: string) {
  const locale = useLocale();
  return useMemo(() => {
    const tag = `${locale}-u-ca-islamic-umalqura-nu-latn`;
    const dayAndMonth = new Intl.DateTimeFormat(tag, { timeZone, day: "numeric", month: "short" });
    const monthAndYear = new Intl.DateTimeFormat(tag, { timeZone, month: "long", year: "numeric" });
    const full = new Intl.DateTimeFormat(tag, { timeZone, day: "numeric", month: "long", year: "numeric" });
    return {
      day(date: Date, withMonth: boolean): string {
        const parts = dayAndMonth.formatToParts(date);
        const day = parts.find((part) => part.type === "day")?.value ?? "";
        return withMonth || day === "1" ? dayAndMonth.format(date) : day;
      },
      /** "Ramadan – Shawwal 1447 AH" for the months a view spans. */
      months: (start: Date, lastDay: Date) => monthAndYear.formatRange(start, lastDay),
      full: (date: Date) => full.format(date),
    };
  }, [locale, timeZone]);
}
