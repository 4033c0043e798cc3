import { events } from "@taqweem/db";
import { and, asc, type SQL } from "drizzle-orm";
import { CalendarPage } from "../../wire/calendar-page";
import type { Executor } from "../tx";
import { calendarConditions } from "./filters";
import type { RangeInput } from "./range-input";
import { occurrencesBetween } from "./recurrence";

/** More than a month view can show; past this the answer says `truncated`. */
const maxOccurrences = 5000;

// What the calendar grid and agenda draw; the rest comes from `events.get` when an event is opened.
// Kept lean on purpose: every field is sent once per event in the window.
const calendarColumns = {
  id: events.id,
  version: events.version,
  status: events.status,
  titleEn: events.titleEn,
  titleAr: events.titleAr,
  locationEn: events.locationEn,
  locationAr: events.locationAr,
  categoryId: events.categoryId,
  allDay: events.allDay,
  // For the expansion only.
  startsAt: events.startsAt,
  endsAt: events.endsAt,
  timeZone: events.timeZone,
  rrule: events.rrule,
  exdates: events.exdates,
  recurrenceEndsAt: events.recurrenceEndsAt,
};

async function loadRows(db: Executor, where: SQL) {
  return db
    .select(calendarColumns)
    .from(events)
    .where(where)
    .orderBy(asc(events.startsAt), asc(events.id))
    .limit(maxOccurrences + 1);
}

type CalendarRow = Awaited<ReturnType<typeof loadRows>>[number];

/** One entry per occurrence in the window, sorted by start; `categoryId` refers to `categories.list`. */
function expand(rows: CalendarRow[], from: Date, to: Date) {
  return rows
    .flatMap(({ id, startsAt, endsAt, timeZone, rrule, exdates, recurrenceEndsAt, ...event }) =>
      occurrencesBetween({ startsAt, endsAt, timeZone, rrule, exdates, recurrenceEndsAt }, from, to).map(
        ({ start, end }) => ({
          eventId: id,
          start,
          end,
          recurring: rrule !== null,
          ...event,
        }),
      ),
    )
    .sort((a, b) => a.start.getTime() - b.start.getTime());
}

/**
 * The calendar query: the organisation's events matching the filters, expanded into their
 * occurrences in [from, to). `extra` narrows further (the public calendar's published + public).
 */
export async function listOccurrences(db: Executor, orgId: string, input: RangeInput, extra?: SQL) {
  const rows = await loadRows(db, and(calendarConditions(db, orgId, input), extra)!);
  const occurrences = expand(rows, input.from, input.to);
  const truncated = rows.length > maxOccurrences || occurrences.length > maxOccurrences;
  return new CalendarPage(occurrences.slice(0, maxOccurrences), truncated);
}
