import ICAL from "ical.js";
import { Temporal } from "temporal-polyfill";
import { startUrlOf } from "./generic-jsonld";
import { absoluteUrl, looksArabic, plainText } from "./text";
import { dayStart, instantIn, wallClock } from "./time";
import { type EventDraft, ParseError, readPage, type SourceCollector } from "./types";

/** Occurrences of a recurring event are taken up to this far after the run. */
const RECURRENCE_HORIZON_DAYS = 366;
const MAX_OCCURRENCES = 200;

const ianaZones = new Map<string, boolean>();

function isIanaZone(name: string): boolean {
  if (!ianaZones.has(name)) {
    try {
      Temporal.Now.zonedDateTimeISO(name);
      ianaZones.set(name, true);
    } catch {
      ianaZones.set(name, false);
    }
  }
  return ianaZones.get(name)!;
}

/** An ICAL.Time as ISO with `timeZone`'s offset: UTC and zoned times as instants, floating ones in `timeZone`. */
function isoOf(time: ICAL.Time, timeZone: string): string {
  // "2025-10-05" for a day, "2025-10-05T18:00:00" for a wall clock, whatever its zone.
  const local = time.toString().slice(0, 19);
  if (time.isDate) return dayStart(local, timeZone);
  const tzid = time.zone?.tzid;
  if (!tzid || tzid === "floating") return wallClock(local, timeZone);
  if (tzid === "UTC" || tzid === "Z") return instantIn(Date.parse(`${local}Z`), timeZone);
  if (isIanaZone(tzid)) return instantIn(Date.parse(wallClock(local, tzid)), timeZone);
  // A zone only the feed's VTIMEZONE defines: ical.js converts with it.
  return instantIn(time.toUnixTime() * 1000, timeZone);
}

/** The VEVENTs of an iCalendar feed as drafts; recurring events as one draft per occurrence. */
export function parseIcal(body: string, feedUrl: string, timeZone: string, now: Date): EventDraft[] {
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(body));
  } catch (error) {
    throw new ParseError(`not an iCalendar feed: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (calendar.name !== "vcalendar") throw new ParseError("not an iCalendar feed (no VCALENDAR)");
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  const horizon = ICAL.Time.fromJSDate(new Date(now.getTime() + RECURRENCE_HORIZON_DAYS * 86_400_000), true);
  const drafts: EventDraft[] = [];
  for (const component of calendar.getAllSubcomponents("vevent")) {
    const event = new ICAL.Event(component);
    if (!event.uid || !event.startDate) continue;
    const base = draftBase(event, component, feedUrl);
    const occurrences: { start: ICAL.Time; end: ICAL.Time | null; id: string }[] = [];
    if (event.isRecurring()) {
      const iterator = event.iterator();
      for (let next = iterator.next(); next && occurrences.length < MAX_OCCURRENCES; next = iterator.next()) {
        if (next.compare(horizon) > 0) break;
        const details = event.getOccurrenceDetails(next);
        occurrences.push({
          start: details.startDate,
          end: details.endDate,
          id: `${event.uid}#${next.toString()}`,
        });
      }
    } else occurrences.push({ start: event.startDate, end: event.endDate ?? null, id: event.uid });
    for (const occurrence of occurrences) {
      const allDay = occurrence.start.isDate;
      drafts.push({
        ...base,
        externalId: occurrence.id.slice(0, 500),
        startsAt: isoOf(occurrence.start, timeZone),
        endsAt: occurrence.end ? isoOf(occurrence.end, timeZone) : null,
        allDay,
      });
    }
  }
  return drafts;
}

function draftBase(event: ICAL.Event, component: ICAL.Component, feedUrl: string) {
  const title = plainText(event.summary, 500);
  const description = plainText(event.description);
  const venue = plainText(event.location, 500);
  const arabic = looksArabic(title ?? "");
  const organiser = component.getFirstProperty("organizer");
  const categories = component.getFirstPropertyValue("categories");
  return {
    titleEn: arabic ? null : title,
    titleAr: arabic ? title : null,
    descriptionEn: arabic ? null : description,
    descriptionAr: arabic ? description : null,
    venueEn: arabic ? null : venue,
    venueAr: arabic ? venue : null,
    organiser: plainText(
      organiser?.getParameter("cn") ?? String(organiser?.getFirstValue() ?? "").replace(/^mailto:/i, ""),
      500,
    ),
    url: absoluteUrl(component.getFirstPropertyValue("url"), feedUrl),
    imageUrl: absoluteUrl(component.getFirstPropertyValue("image"), feedUrl),
    category: plainText(categories, 200),
  };
}

/** An iCalendar feed (the start URL). */
export const collectIcal: SourceCollector = async (ctx) => {
  const start = startUrlOf(ctx);
  const page = start ? await ctx.page(start) : null;
  if (!page) return [];
  return readPage(ctx, page, (body, url) => parseIcal(body, url, ctx.timeZone, ctx.now)) ?? [];
};
