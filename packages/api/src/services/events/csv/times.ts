import { Temporal } from "temporal-polyfill";
import { localMidnight, toZoned, wallClockToInstant } from "../zoned-time";

const dateOnly = /^\d{4}-\d{2}-\d{2}$/;
const localDateTime = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?$/;
const instantWithOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

export interface CsvTime {
  instant: Date;
  /** Written as a bare date (`YYYY-MM-DD`). */
  dateOnly: boolean;
}

/**
 * A time from a CSV cell: ISO 8601 with an offset or Z, or a wall-clock time `YYYY-MM-DD HH:mm`
 * (`T` also accepted) or a date `YYYY-MM-DD` (local midnight) in `timeZone`. Null when invalid.
 */
export function parseCsvTime(value: string, timeZone: string): CsvTime | null {
  try {
    if (dateOnly.test(value))
      return { instant: localMidnight(Temporal.PlainDate.from(value), timeZone), dateOnly: true };
    if (localDateTime.test(value))
      return {
        instant: wallClockToInstant(Temporal.PlainDateTime.from(value.replace(" ", "T")), timeZone),
        dateOnly: false,
      };
    if (instantWithOffset.test(value))
      return { instant: new Date(Temporal.Instant.from(value).epochMilliseconds), dateOnly: false };
  } catch {
    // Out of range (30 February, hour 25): invalid like any other text.
  }
  return null;
}

/** The local time of day as `YYYY-MM-DD HH:mm`, or the date alone for all-day events. */
export function formatCsvTime(instant: Date, timeZone: string, asDate: boolean): string {
  const zoned = toZoned(instant, timeZone);
  if (asDate) return zoned.toPlainDate().toString();
  return `${zoned.toPlainDate().toString()} ${zoned.toPlainTime().toString({ smallestUnit: "minute" })}`;
}

/** All-day ends are exclusive midnights; in a file the last day itself is written, and read back. */
export function lastDayOf(endsAt: Date, timeZone: string): Date {
  return localMidnight(toZoned(endsAt, timeZone).toPlainDate().subtract({ days: 1 }), timeZone);
}

export function dayAfter(day: Date, timeZone: string): Date {
  return localMidnight(toZoned(day, timeZone).toPlainDate().add({ days: 1 }), timeZone);
}
