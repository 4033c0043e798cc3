import { Temporal } from "temporal-polyfill";

/** The zone the UAE sites publish in; their times without an offset are read in it. */
export const DUBAI = "Asia/Dubai";

const iso = (zoned: Temporal.ZonedDateTime) =>
  zoned.toString({ timeZoneName: "never", smallestUnit: "second" });

/** 00:00 of a local day, as an ISO instant with the zone's offset ("2025-09-24T00:00:00+04:00"). */
export function dayStart(day: Temporal.PlainDate | string, timeZone: string): string {
  return iso(Temporal.PlainDate.from(day).toZonedDateTime({ timeZone }));
}

/** 00:00 of the day after a local day: the exclusive end of an all-day event ending that day. */
export function dayAfter(day: Temporal.PlainDate | string, timeZone: string): string {
  return dayStart(Temporal.PlainDate.from(day).add({ days: 1 }), timeZone);
}

/** Today in a zone, from an instant (the run's clock). */
export function localToday(now: Date, timeZone: string): Temporal.PlainDate {
  return Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(timeZone).toPlainDate();
}

/** A date or date-time as schema.org and iCalendar write it, read as an instant in `timeZone`. */
export interface ReadTime {
  iso: string;
  /** Only a day was given (an all-day bound). */
  dateOnly: boolean;
  day: Temporal.PlainDate;
}

const dateOnlyPattern = /^\d{4}-\d{2}-\d{2}$/;
const hasOffset = /(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * "2025-11-19" (a day), "2025-11-19T10:00" (wall clock in `timeZone`) or an instant with an
 * offset, expressed with `timeZone`'s offset. Null when it is none of these.
 */
export function readTime(value: unknown, timeZone: string): ReadTime | null {
  if (typeof value !== "string") return null;
  const text = value.trim();
  try {
    if (dateOnlyPattern.test(text)) {
      const day = Temporal.PlainDate.from(text);
      return { iso: dayStart(day, timeZone), dateOnly: true, day };
    }
    const zoned = hasOffset.test(text)
      ? Temporal.Instant.from(text).toZonedDateTimeISO(timeZone)
      : Temporal.PlainDateTime.from(text).toZonedDateTime(timeZone, { disambiguation: "compatible" });
    return { iso: iso(zoned), dateOnly: false, day: zoned.toPlainDate() };
  } catch {
    return null;
  }
}

/** The instant of a wall-clock time in a zone, as ISO with that zone's offset. */
export function wallClock(fields: Temporal.PlainDateTimeLike, timeZone: string): string {
  return iso(Temporal.PlainDateTime.from(fields).toZonedDateTime(timeZone, { disambiguation: "compatible" }));
}

/** An instant (ms since the epoch) as ISO with a zone's offset. */
export function instantIn(epochMs: number, timeZone: string): string {
  return iso(Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(timeZone));
}
