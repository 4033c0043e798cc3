import type { Event, Locale } from "@taqweem/db";

const localeTag: Record<Locale, string> = { en: "en-GB-u-nu-latn", ar: "ar-AE-u-nu-latn" };
const allDay: Record<Locale, string> = { en: "all day", ar: "طوال اليوم" };

function formatDate(date: Date, language: Locale, timeZone: string) {
  return dateFormat(localeTag[language], date, timeZone);
}

/** The date in the Umm al-Qura Hijri calendar, with Latin digits like every other date. */
export function formatHijriDate(date: Date, language: Locale, timeZone: string) {
  return dateFormat(`${language === "ar" ? "ar-SA" : "en-GB"}-u-ca-islamic-umalqura-nu-latn`, date, timeZone);
}

function dateFormat(tag: string, date: Date, timeZone: string) {
  return new Intl.DateTimeFormat(tag, {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone,
  }).format(date);
}

function formatTime(date: Date, language: Locale, timeZone: string) {
  return new Intl.DateTimeFormat(localeTag[language], {
    hour: "numeric",
    minute: "2-digit",
    timeZone,
  }).format(date);
}

export interface EventForTemplate
  extends Pick<
    Event,
    | "titleEn"
    | "titleAr"
    | "descriptionEn"
    | "descriptionAr"
    | "locationEn"
    | "locationAr"
    | "organisersEn"
    | "organisersAr"
    | "startsAt"
    | "endsAt"
    | "allDay"
    | "timeZone"
    | "link"
  > {
  category: { nameEn: string; nameAr: string } | null;
}

/**
 * An event's template variables in one language: its text in that language (or the other one when
 * missing), dates and times in the event's time zone with Latin digits.
 */
export function eventTemplateValues(
  event: EventForTemplate,
  language: Locale,
  previous?: { startsAt: Date; endsAt: Date },
): Record<string, string> {
  const pick = (en: string | null, ar: string | null) => (language === "ar" ? (ar ?? en) : (en ?? ar)) ?? "";
  const date = (value: Date) => formatDate(value, language, event.timeZone);
  const time = (value: Date) =>
    event.allDay ? allDay[language] : formatTime(value, language, event.timeZone);
  return {
    title: pick(event.titleEn, event.titleAr),
    description: pick(event.descriptionEn, event.descriptionAr),
    location: pick(event.locationEn, event.locationAr),
    organisers: pick(event.organisersEn, event.organisersAr),
    category: event.category ? pick(event.category.nameEn, event.category.nameAr) : "",
    date: date(event.startsAt),
    time: time(event.startsAt),
    endDate: date(event.endsAt),
    endTime: time(event.endsAt),
    link: event.link ?? "",
    ...(previous && { previousDate: date(previous.startsAt), previousTime: time(previous.startsAt) }),
  };
}
