import { RRuleTemporal } from "rrule-temporal";
import { Temporal } from "temporal-polyfill";
import { toDate, toZoned, wallClockToInstant } from "./zoned-time";

/** What recurrence needs to know about an event. */
export interface Series {
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  /** RRULE value without DTSTART, e.g. `FREQ=WEEKLY;BYDAY=MO;COUNT=10`; null for a single event. */
  rrule: string | null;
  /** Start times of skipped occurrences. */
  exdates: Date[];
}

export interface Occurrence {
  start: Date;
  end: Date;
}

// Calendar events repeat by the day or longer; sub-daily rules would flood a month view.
const frequencies = new Set(["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]);
// In the order they are written back; anything else (BYHOUR, RDATE...) is refused, not ignored.
const partOrder = [
  "FREQ",
  "INTERVAL",
  "COUNT",
  "UNTIL",
  "BYMONTH",
  "BYWEEKNO",
  "BYYEARDAY",
  "BYMONTHDAY",
  "BYDAY",
  "BYSETPOS",
  "WKST",
] as const;
const knownParts = new Set<string>(partOrder);
const maxCount = 1000;
const maxInterval = 1000;
const untilFormat = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/;

export class RecurrenceError extends Error {}

/** The parts of an RRULE value ("RRULE:" prefix allowed), upper-cased; throws RecurrenceError. */
export function ruleParts(rule: string): Map<string, string> {
  const parts = new Map<string, string>();
  for (const part of rule
    .trim()
    .replace(/^RRULE:/i, "")
    .split(";")) {
    const [name, value, extra] = part.split("=").map((piece) => piece.trim().toUpperCase());
    if (!name || !value || extra !== undefined || !knownParts.has(name) || parts.has(name))
      throw new RecurrenceError(`unsupported rule part: ${part}`);
    parts.set(name, value);
  }
  if (!frequencies.has(parts.get("FREQ") ?? "")) throw new RecurrenceError("FREQ must be DAILY..YEARLY");
  if (parts.has("COUNT") && parts.has("UNTIL")) throw new RecurrenceError("COUNT and UNTIL together");
  const count = Number(parts.get("COUNT") ?? 1);
  const interval = Number(parts.get("INTERVAL") ?? 1);
  if (!Number.isInteger(count) || count < 1 || count > maxCount) throw new RecurrenceError("bad COUNT");
  if (!Number.isInteger(interval) || interval < 1 || interval > maxInterval)
    throw new RecurrenceError("bad INTERVAL");
  if (parts.has("UNTIL") && !untilFormat.test(parts.get("UNTIL")!)) throw new RecurrenceError("bad UNTIL");
  return parts;
}

export function joinParts(parts: Map<string, string>): string {
  return partOrder
    .filter((name) => parts.has(name))
    .map((name) => `${name}=${parts.get(name)}`)
    .join(";");
}

/** UNTIL as an instant: a date means the end of that local day; a floating time is local. */
export function untilInstant(until: string, timeZone: string): Date {
  const [, year, month, day, hour, minute, second, utc] = untilFormat.exec(until)!;
  const iso = `${year}-${month}-${day}T${hour ?? "23"}:${minute ?? "59"}:${second ?? "59"}`;
  if (utc) return new Date(`${iso}Z`);
  return wallClockToInstant(Temporal.PlainDateTime.from(iso), timeZone);
}

function formatUtc(instant: Date): string {
  return `${instant.toISOString().slice(0, 19).replaceAll("-", "").replaceAll(":", "")}Z`;
}

/**
 * The rule as stored: known parts in a fixed order, UNTIL as a UTC date-time (RFC 5545 wants UTC
 * when DTSTART has a time zone). Throws RecurrenceError for anything the library cannot expand.
 */
export function canonicalRule(rule: string, timeZone: string): string {
  const parts = ruleParts(rule);
  const until = parts.get("UNTIL");
  if (until) parts.set("UNTIL", formatUtc(untilInstant(until, timeZone)));
  const canonical = joinParts(parts);
  try {
    new RRuleTemporal({ rruleString: canonical, dtstart: toZoned(new Date(0), timeZone), strict: true });
  } catch (error) {
    throw new RecurrenceError(error instanceof Error ? error.message : String(error));
  }
  return canonical;
}

export function isValidRule(rule: string): boolean {
  try {
    canonicalRule(rule, "UTC");
    return true;
  } catch {
    return false;
  }
}

function ruleOf(series: Series & { rrule: string }): RRuleTemporal {
  return new RRuleTemporal({
    rruleString: series.rrule,
    dtstart: toZoned(series.startsAt, series.timeZone),
    tzid: series.timeZone,
    // RFC 5545: DTSTART is always the first occurrence, as every calendar client counts it.
    includeDtstart: true,
  });
}

/** Half-open overlap with [from, to); an event of zero length counts at its start. */
export function overlaps(start: Date, end: Date, from: Date, to: Date): boolean {
  if (start >= to) return false;
  return end > from || (start >= from && end.getTime() === start.getTime());
}

/** The occurrences of an event that overlap [from, to), in the event's own time zone. */
export function occurrencesBetween(series: Series, from: Date, to: Date): Occurrence[] {
  const duration = series.endsAt.getTime() - series.startsAt.getTime();
  if (!series.rrule) {
    return overlaps(series.startsAt, series.endsAt, from, to)
      ? [{ start: series.startsAt, end: series.endsAt }]
      : [];
  }
  const skipped = new Set(series.exdates.map((date) => date.getTime()));
  const starts = ruleOf({ ...series, rrule: series.rrule }).between(
    new Date(from.getTime() - duration),
    to,
    true,
  );
  return starts
    .map((start) => ({ start: toDate(start), end: new Date(start.epochMilliseconds + duration) }))
    .filter(({ start, end }) => !skipped.has(start.getTime()) && overlaps(start, end, from, to));
}

/** End of the last occurrence, or null when the rule never ends (or there is no rule). */
export function seriesEnd(series: Series): Date | null {
  if (!series.rrule) return null;
  const parts = ruleParts(series.rrule);
  const rule = ruleOf({ ...series, rrule: series.rrule });
  let last: { epochMilliseconds: number } | null = null;
  if (parts.has("COUNT")) last = rule.all().at(-1) ?? null;
  else if (parts.has("UNTIL")) last = rule.previous(untilInstant(parts.get("UNTIL")!, "UTC"), true);
  else return null;
  const duration = series.endsAt.getTime() - series.startsAt.getTime();
  return new Date((last?.epochMilliseconds ?? series.startsAt.getTime()) + duration);
}
