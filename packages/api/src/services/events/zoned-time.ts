import { Temporal } from "temporal-polyfill";

const ianaName = /^(UTC|[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+)$/;

/** An IANA zone name this runtime knows ("Asia/Dubai", "UTC"); offsets and abbreviations are refused. */
export function isTimeZone(name: string): boolean {
  if (!ianaName.test(name)) return false;
  try {
    Temporal.Now.zonedDateTimeISO(name);
    return true;
  } catch {
    return false;
  }
}

const fixedOffsets = new Map<string, number | null>();

/**
 * The offset (ms) of a zone that has not changed its offset since 1970 (Asia/Dubai, UTC), or null
 * (any zone with daylight saving or a later change). Looked up once per zone.
 */
export function offsetFixedSince1970(timeZone: string): number | null {
  if (!fixedOffsets.has(timeZone)) {
    const epoch = Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(timeZone);
    fixedOffsets.set(timeZone, epoch.getTimeZoneTransition("next") ? null : epoch.offsetNanoseconds / 1e6);
  }
  return fixedOffsets.get(timeZone)!;
}

export function toZoned(instant: Date, timeZone: string): Temporal.ZonedDateTime {
  return Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(timeZone);
}

export function toDate(zoned: { epochMilliseconds: number }): Date {
  return new Date(zoned.epochMilliseconds);
}

/** Local midnight of the given local day, as an instant. */
export function localMidnight(day: Temporal.PlainDate, timeZone: string): Date {
  return toDate(day.toZonedDateTime({ timeZone }));
}

/** A wall-clock time in `timeZone` as an instant (in a DST gap, the later time, as RFC 5545 says). */
export function wallClockToInstant(wallClock: Temporal.PlainDateTime, timeZone: string): Date {
  return toDate(wallClock.toZonedDateTime(timeZone, { disambiguation: "compatible" }));
}

/**
 * All-day events cover whole local days: the start goes back to its local midnight and the end
 * forward to the next local midnight (exclusive), at least one day after the start.
 */
export function wholeDays(startsAt: Date, endsAt: Date, timeZone: string) {
  const firstDay = toZoned(startsAt, timeZone).toPlainDate();
  const end = toZoned(endsAt, timeZone);
  const endIsMidnight = end.toPlainTime().equals(new Temporal.PlainTime());
  let endDay = endIsMidnight ? end.toPlainDate() : end.toPlainDate().add({ days: 1 });
  if (Temporal.PlainDate.compare(endDay, firstDay) <= 0) endDay = firstDay.add({ days: 1 });
  return { startsAt: localMidnight(firstDay, timeZone), endsAt: localMidnight(endDay, timeZone) };
}

/**
 * Moves instants by the wall-clock distance between two starts, so occurrences that were 09:00
 * local stay 09:00 local after the series moves (also across a DST change).
 */
export function shiftWallClock(instants: Date[], from: Date, to: Date, timeZone: string): Date[] {
  const distance = toZoned(from, timeZone).until(toZoned(to, timeZone), { largestUnit: "days" });
  return instants.map((instant) => toDate(toZoned(instant, timeZone).add(distance)));
}
