/**
 * Wall-clock times in a named time zone with nothing but Intl, so the browser needs no time zone
 * library: the calendar grid, the date inputs and the FullCalendar zone plugin all use these.
 */

export interface WallClock {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const partFormatters = new Map<string, Intl.DateTimeFormat>();

function partFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US-u-nu-latn", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    partFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The local date and time of an instant in `timeZone`. */
export function wallClockOf(instant: Date | number, timeZone: string): WallClock {
  const values: Record<string, number> = {};
  for (const part of partFormatter(timeZone).formatToParts(instant))
    if (part.type !== "literal") values[part.type] = Number(part.value);
  return {
    year: values.year!,
    month: values.month!,
    day: values.day!,
    hour: values.hour!,
    minute: values.minute!,
    second: values.second!,
  };
}

const utcOf = (clock: WallClock) =>
  Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);

/** Minutes east of UTC in `timeZone` at an instant (Asia/Dubai: 240). */
export function offsetMinutesAt(ms: number, timeZone: string): number {
  const wholeSeconds = Math.floor(ms / 1000) * 1000;
  return Math.round((utcOf(wallClockOf(wholeSeconds, timeZone)) - wholeSeconds) / 60_000);
}

const dayMs = 24 * 60 * 60 * 1000;

/**
 * The instant a wall-clock time in `timeZone` names, as RFC 5545 (and Temporal's "compatible")
 * reads it: a time that occurs twice is the earlier one; a time skipped by a daylight-saving gap
 * is read with the offset before the gap (so 01:30 becomes 02:30).
 */
export function instantOf(clock: WallClock, timeZone: string): Date {
  const asUtc = utcOf(clock);
  const before = offsetMinutesAt(asUtc - dayMs, timeZone);
  const after = offsetMinutesAt(asUtc + dayMs, timeZone);
  const valid = [before, after]
    .map((offset) => asUtc - offset * 60_000)
    .filter((instant) => utcOf(wallClockOf(instant, timeZone)) === asUtc);
  return new Date(valid.length > 0 ? Math.min(...valid) : asUtc - before * 60_000);
}

const pad = (value: number, length = 2) => String(value).padStart(length, "0");

/** `YYYY-MM-DD` of the local day, as date inputs and the page URL write it. */
export function toDateKey(instant: Date, timeZone: string): string {
  const { year, month, day } = wallClockOf(instant, timeZone);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** `YYYY-MM-DDTHH:mm`, the value of an `<input type="datetime-local">`. */
export function toDateTimeLocal(instant: Date, timeZone: string): string {
  const { hour, minute } = wallClockOf(instant, timeZone);
  return `${toDateKey(instant, timeZone)}T${pad(hour)}:${pad(minute)}`;
}

const localFormat = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/** Reads `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm` as a local time in `timeZone`; null when malformed. */
export function fromLocalInput(value: string, timeZone: string): Date | null {
  const match = localFormat.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map((part) => Number(part ?? 0));
  const clock = { year: year!, month: month!, day: day!, hour: hour!, minute: minute!, second: 0 };
  // Refuses dates that do not exist (30 February), which Date.UTC would roll over.
  const probe = new Date(Date.UTC(clock.year, clock.month - 1, clock.day));
  if (probe.getUTCMonth() !== clock.month - 1 || clock.hour > 23 || clock.minute > 59) return null;
  return instantOf(clock, timeZone);
}

/** The same local time `days` later (calendar days, so a DST change keeps the clock reading). */
export function addLocalDays(instant: Date, days: number, timeZone: string): Date {
  const clock = wallClockOf(instant, timeZone);
  const shifted = new Date(Date.UTC(clock.year, clock.month - 1, clock.day + days));
  return instantOf(
    { ...clock, year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() },
    timeZone,
  );
}
