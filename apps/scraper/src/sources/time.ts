import { Temporal } from "temporal-polyfill";

/** The zone the UAE sites publish in; their times without an offset are read in it. */
export const DUBAI = "Asia/Dubai";

const iso = (zoned: Temporal.ZonedDateTime) =>
  zoned.toString({ timeZoneName: "never", smallestUnit: "second" });

const fixedOffsets = new Map<string, number | null>();

/**
 * The offset (minutes) of a zone that has kept one offset since 1970, such as Asia/Dubai, or null.
 * Such zones take a plain arithmetic path: the Temporal polyfill is correct everywhere but slow.
 */
function fixedOffset(timeZone: string): number | null {
  if (!fixedOffsets.has(timeZone)) {
    const epoch = Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(timeZone);
    fixedOffsets.set(timeZone, epoch.getTimeZoneTransition("next") ? null : epoch.offsetNanoseconds / 6e10);
  }
  return fixedOffsets.get(timeZone)!;
}

const pad = (value: number) => String(Math.abs(value)).padStart(2, "0");

/** "+04:00" for 240 minutes. */
function offsetText(minutes: number): string {
  return `${minutes < 0 ? "-" : "+"}${pad(Math.trunc(minutes / 60))}:${pad(minutes % 60)}`;
}

/** An instant as ISO in a fixed-offset zone: the UTC clock moved by the offset, then the offset. */
function fixedIso(epochMs: number, offsetMinutes: number): string {
  return `${new Date(epochMs + offsetMinutes * 60_000).toISOString().slice(0, 19)}${offsetText(offsetMinutes)}`;
}

/** 00:00 of a local day, as an ISO instant with the zone's offset ("2025-09-24T00:00:00+04:00"). */
export function dayStart(day: Temporal.PlainDate | string, timeZone: string): string {
  const text = day.toString();
  const offset = fixedOffset(timeZone);
  if (offset !== null && utcMidnight(text) !== null) return `${text}T00:00:00${offsetText(offset)}`;
  return iso(Temporal.PlainDate.from(day).toZonedDateTime({ timeZone }));
}

/** 00:00 of the day after a local day: the exclusive end of an all-day event ending that day. */
export function dayAfter(day: Temporal.PlainDate | string, timeZone: string): string {
  const midnight = utcMidnight(day.toString());
  if (midnight !== null)
    return dayStart(new Date(midnight + 86_400_000).toISOString().slice(0, 10), timeZone);
  return dayStart(Temporal.PlainDate.from(day).add({ days: 1 }), timeZone);
}

/** Date.UTC of a valid "YYYY-MM-DD" (4-digit year), or null. */
function utcMidnight(day: string): number | null {
  if (!dateOnlyPattern.test(day)) return null;
  const utc = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  return new Date(utc).toISOString().startsWith(day) ? utc : null;
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
  /** The local day, "YYYY-MM-DD". */
  day: string;
}

const dateOnlyPattern = /^\d{4}-\d{2}-\d{2}$/;
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;
const localDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;
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
      return { iso: dayStart(text, timeZone), dateOnly: true, day: text };
    }
    const offset = fixedOffset(timeZone);
    if (offset !== null && hasOffset.test(text) && isoInstant.test(text)) {
      const epochMs = Date.parse(text);
      if (!Number.isNaN(epochMs)) {
        const local = fixedIso(epochMs, offset);
        return { iso: local, dateOnly: false, day: local.slice(0, 10) };
      }
    }
    if (!hasOffset.test(text)) {
      const local = wallClock(text, timeZone);
      return { iso: local, dateOnly: false, day: local.slice(0, 10) };
    }
    const zoned = Temporal.Instant.from(text).toZonedDateTimeISO(timeZone);
    return { iso: iso(zoned), dateOnly: false, day: zoned.toPlainDate().toString() };
  } catch {
    return null;
  }
}

/**
 * A wall-clock time ("2025-10-03T09:00" or with seconds) in a zone, as ISO with that zone's
 * offset (in a DST gap, the later time). Throws when it is not a valid date-time.
 */
export function wallClock(local: string, timeZone: string): string {
  const offset = fixedOffset(timeZone);
  if (offset !== null && localDateTime.test(local)) {
    const padded = local.padEnd(19, ":00");
    const epochMs = Date.parse(`${padded}Z`);
    if (!Number.isNaN(epochMs) && new Date(epochMs).toISOString().startsWith(padded))
      return `${padded}${offsetText(offset)}`;
  }
  return iso(Temporal.PlainDateTime.from(local).toZonedDateTime(timeZone, { disambiguation: "compatible" }));
}

/** An instant (ms since the epoch) as ISO with a zone's offset. */
export function instantIn(epochMs: number, timeZone: string): string {
  const offset = fixedOffset(timeZone);
  if (offset !== null) return fixedIso(epochMs, offset);
  return iso(Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(timeZone));
}
