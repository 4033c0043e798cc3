import type { Locale } from "@taqweem/db";

/** The reader's language, else the other one (bilingual content may be filled in only one). */
export function pick(locale: Locale, en: string | null | undefined, ar: string | null | undefined): string {
  return (locale === "ar" ? (ar ?? en) : (en ?? ar)) ?? "";
}

/** A date (and time, unless all-day) in the organisation's time zone, with Latin digits. */
export function formatWhen(at: Date, locale: Locale, timeZone: string, allDay = false): string {
  return new Intl.DateTimeFormat(locale === "ar" ? "ar-AE-u-nu-latn" : "en-GB", {
    timeZone,
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    ...(allDay ? {} : { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }),
  }).format(at);
}
