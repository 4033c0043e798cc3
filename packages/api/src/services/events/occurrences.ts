import { type eventStatuses, events } from "@taqweem/db";
import { type AnyColumn, and, type SQL, sql } from "drizzle-orm";
import { CalendarPage } from "../../wire/calendar-page";
import type { Executor } from "../tx";
import { calendarConditions } from "./filters";
import type { RangeInput } from "./range-input";
import { occurrencesBetween, overlaps } from "./recurrence";

/** More than a month view can show; past this the answer says `truncated`. */
const maxOccurrences = 5000;

/** What the calendar grid and agenda draw; the rest comes from `events.get` when an event is opened. */
export interface CalendarEvent {
  eventId: string;
  version: number;
  status: (typeof eventStatuses)[number];
  titleEn: string | null;
  titleAr: string | null;
  locationEn: string | null;
  locationAr: string | null;
  categoryId: string | null;
  allDay: boolean;
  recurring: boolean;
}

interface CalendarRow extends Omit<CalendarEvent, "recurring"> {
  startsAt: number;
  endsAt: number;
  timeZone: string;
  rrule: string | null;
  exdates: number[] | null;
  recurrenceEndsAt: number | null;
}

// date_part stays in float8, where extract() would compute in numeric; whole milliseconds, rounded.
const epochMs = (column: AnyColumn | SQL) => sql`round(date_part('epoch', ${column}) * 1000)`;

/**
 * The rows in plain SQL, times as epoch milliseconds: no row mapping and no Date parsing for
 * thousands of single events, whose one occurrence is the row itself.
 */
async function loadRows(db: Executor, where: SQL): Promise<CalendarRow[]> {
  const rows = await db.execute<Record<string, unknown>>(sql`
    select ${events.id} as "eventId", ${events.version} as "version", ${events.status} as "status",
      ${events.titleEn} as "titleEn", ${events.titleAr} as "titleAr",
      ${events.locationEn} as "locationEn", ${events.locationAr} as "locationAr",
      ${events.categoryId} as "categoryId", ${events.allDay} as "allDay",
      ${epochMs(events.startsAt)} as "startsAt", ${epochMs(events.endsAt)} as "endsAt",
      ${events.timeZone} as "timeZone", ${events.rrule} as "rrule",
      case when ${events.rrule} is not null
        then array(select ${epochMs(sql`skipped`)} from unnest(${events.exdates}) as skipped) end as "exdates",
      ${epochMs(events.recurrenceEndsAt)} as "recurrenceEndsAt"
    from ${events}
    where ${where}
    order by ${events.startsAt}, ${events.id}
    limit ${maxOccurrences + 1}`);
  return rows as unknown as CalendarRow[];
}

/** Flat (event index, start, end) triples of every occurrence in [from, to), sorted by start. */
function expand(rows: CalendarRow[], from: Date, to: Date): number[] {
  const triples: number[] = [];
  let sorted = true;
  rows.forEach((row, index) => {
    if (!row.rrule) {
      if (overlaps(row.startsAt, row.endsAt, from, to)) triples.push(index, row.startsAt, row.endsAt);
      return;
    }
    const series = {
      startsAt: new Date(row.startsAt),
      endsAt: new Date(row.endsAt),
      timeZone: row.timeZone,
      rrule: row.rrule,
      exdates: (row.exdates ?? []).map((skipped) => new Date(skipped)),
      recurrenceEndsAt: row.recurrenceEndsAt === null ? null : new Date(row.recurrenceEndsAt),
    };
    for (const { start, end } of occurrencesBetween(series, from, to))
      triples.push(index, start.getTime(), end.getTime());
    sorted = false;
  });
  return sorted ? triples : sortTriples(triples);
}

function sortTriples(triples: number[]): number[] {
  const order = Array.from({ length: triples.length / 3 }, (_, i) => i * 3);
  order.sort((a, b) => triples[a + 1]! - triples[b + 1]! || triples[a]! - triples[b]!);
  return order.flatMap((at) => [triples[at]!, triples[at + 1]!, triples[at + 2]!]);
}

/**
 * The calendar query: the organisation's events matching the filters, expanded into their
 * occurrences in [from, to). `extra` narrows further (the public calendar's published + public).
 */
export async function listOccurrences(db: Executor, orgId: string, input: RangeInput, extra?: SQL) {
  const rows = await loadRows(db, and(calendarConditions(db, orgId, input), extra)!);
  const triples = expand(rows, input.from, input.to);
  const truncated = rows.length > maxOccurrences || triples.length > maxOccurrences * 3;
  const calendarEvents: CalendarEvent[] = rows.map((row) => ({
    eventId: row.eventId,
    version: row.version,
    status: row.status,
    titleEn: row.titleEn,
    titleAr: row.titleAr,
    locationEn: row.locationEn,
    locationAr: row.locationAr,
    categoryId: row.categoryId,
    allDay: row.allDay,
    recurring: row.rrule !== null,
  }));
  return new CalendarPage(calendarEvents, triples.slice(0, maxOccurrences * 3), truncated);
}
