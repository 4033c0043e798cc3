import type { Event, Locale } from "@taqweem/db";
import { ICalCalendar, ICalEventStatus } from "ical-generator";
import { tzlib_get_ical_block } from "timezones-ical-library";
import { toZoned } from "../events/zoned-time";
import { recurrenceLines } from "./ics-recurrence";

export type IcsEvent = Event & { categoryNameEn: string | null; categoryNameAr: string | null };

export interface IcsCalendar {
  name: string;
  locale: Locale;
  /** The organisation's zone: the calendar's default for clients that ask. */
  timeZone: string;
  events: IcsEvent[];
  /** How often subscribed clients should refresh. */
  refreshSeconds?: number;
}

const statuses = {
  draft: ICalEventStatus.TENTATIVE,
  published: ICalEventStatus.CONFIRMED,
  cancelled: ICalEventStatus.CANCELLED,
} as const;

/** The reader's language, else the other one (a bilingual field is never blank in both). */
function inLocale(en: string | null, ar: string | null, locale: Locale): string | null {
  return locale === "ar" ? (ar ?? en) : (en ?? ar);
}

function vtimezone(timeZone: string): string | null {
  const block = tzlib_get_ical_block(timeZone);
  return Array.isArray(block) ? (block[0] ?? null) : null;
}

/** Stable across feeds and downloads, so clients update the event instead of adding a copy. */
const icsUid = (eventId: string) => `${eventId}@taqweem`;

/**
 * An iCalendar file of events: SEQUENCE from the event, times with TZID and a VTIMEZONE per zone
 * used (all-day events as DATE values), RRULE/EXDATE for recurrence, STATUS:CANCELLED when cancelled.
 */
export function buildIcs(calendar: IcsCalendar): string {
  const ics = new ICalCalendar({
    name: calendar.name,
    prodId: { company: "Taqweem", product: "Calendar", language: calendar.locale.toUpperCase() },
    timezone: { name: calendar.timeZone, generator: vtimezone },
    ttl: calendar.refreshSeconds ?? null,
  });
  for (const event of calendar.events) {
    const start = toZoned(event.startsAt, event.timeZone);
    const end = toZoned(event.endsAt, event.timeZone);
    const category = inLocale(event.categoryNameEn, event.categoryNameAr, calendar.locale);
    ics.createEvent({
      id: icsUid(event.id),
      sequence: event.sequence,
      stamp: event.updatedAt,
      created: event.createdAt,
      lastModified: event.updatedAt,
      start: event.allDay ? start.toPlainDate() : start,
      end: event.allDay ? end.toPlainDate() : end,
      allDay: event.allDay,
      timezone: event.timeZone,
      summary: inLocale(event.titleEn, event.titleAr, calendar.locale) ?? "",
      description: inLocale(event.descriptionEn, event.descriptionAr, calendar.locale),
      location: inLocale(event.locationEn, event.locationAr, calendar.locale),
      url: event.link,
      status: statuses[event.status],
      categories: category ? [{ name: category }] : [],
      repeating: recurrenceLines(event),
    });
  }
  return ics.toString();
}
