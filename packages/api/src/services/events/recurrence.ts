import { RRuleTemporal } from "rrule-temporal";
import { Temporal } from "temporal-polyfill";
import {
  alignedStart,
  evenPeriodMs,
  everyPeriodHasDay,
  hasOnlySimpleParts,
  periodsBefore,
  stepOf,
  stepsAfter,
} from "./series-steps";
import { toZoned, wallClockToInstant } from "./zoned-time";

/** What recurrence needs to know about an event. */
export interface Series {
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  /** RRULE value without DTSTART, e.g. `FREQ=WEEKLY;BYDAY=MO;COUNT=10`; null for a single event. */
  rrule: string | null;
  /** Start times of skipped occurrences. */
  exdates: Date[];
  /** End of the last occurrence as stored (`recurrence_ends_at`): a COUNT rule expands from it. */
  recurrenceEndsAt?: Date | null;
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

/** Starts in [from, to] of a rule whose occurrence n starts at `nth(n)`, from occurrence `firstN` on. */
function nthStarts(
  parts: Map<string, string>,
  firstN: number,
  nth: (n: number) => number,
  from: Date,
  to: Date,
): number[] {
  const count = Number(parts.get("COUNT") ?? Number.POSITIVE_INFINITY);
  const until = parts.has("UNTIL")
    ? untilInstant(parts.get("UNTIL")!, "UTC").getTime()
    : Number.POSITIVE_INFINITY;
  const last = Math.min(to.getTime(), until);
  const starts: number[] = [];
  for (let n = firstN; n < count; n += 1) {
    const start = nth(n);
    if (start > last) break;
    if (start >= from.getTime()) starts.push(start);
  }
  return starts;
}

/** Runs the library, turning what it throws (e.g. its iteration limit) into a RecurrenceError. */
function guarded<T>(expand: () => T): T {
  try {
    return expand();
  } catch (error) {
    throw new RecurrenceError(error instanceof Error ? error.message : String(error));
  }
}

/**
 * Starts (epoch ms) of the occurrences in [from, to], never walking from the first occurrence: a
 * simple rule's occurrence n is computed directly (so COUNT is the index); any other rule is
 * expanded by the library from a start aligned whole periods before the window, its COUNT first
 * turned into the UNTIL of its stored last occurrence.
 */
function startsBetween(series: Series & { rrule: string }, from: Date, to: Date): number[] {
  const parts = ruleParts(series.rrule);
  const step = stepOf(parts);
  const simple = hasOnlySimpleParts(parts);
  const even = simple ? evenPeriodMs(step, series.startsAt, series.timeZone) : null;
  if (even !== null) {
    const first = series.startsAt.getTime();
    const firstN = Math.max(0, Math.floor((from.getTime() - first) / even));
    return nthStarts(parts, firstN, (n) => first + n * even, from, to);
  }
  const first = toZoned(series.startsAt, series.timeZone);
  const periods = periodsBefore(first, step, toZoned(from, series.timeZone));
  if (simple && everyPeriodHasDay(step, first))
    return nthStarts(parts, periods, (n) => stepsAfter(first, step, n).epochMilliseconds, from, to);
  if (parts.has("COUNT")) {
    // Without the stored end (a series being saved) the library counts from the first occurrence.
    if (!series.recurrenceEndsAt)
      return guarded(() => ruleOf(series).between(from, to, true)).map((start) => start.epochMilliseconds);
    const duration = series.endsAt.getTime() - series.startsAt.getTime();
    // UNTIL has whole seconds; rounding up keeps a last start with milliseconds inside it.
    const lastStart = Math.ceil((series.recurrenceEndsAt.getTime() - duration) / 1000) * 1000;
    parts.delete("COUNT");
    parts.set("UNTIL", formatUtc(new Date(lastStart)));
  }
  const start = alignedStart(first, step, periods);
  const rule = new RRuleTemporal({
    rruleString: joinParts(parts),
    dtstart: start,
    tzid: series.timeZone,
    // A later start is an occurrence only if the rule yields it.
    includeDtstart: start === first,
  });
  return guarded(() => rule.between(from, to, true)).map((occurrence) => occurrence.epochMilliseconds);
}

/** Half-open overlap with [from, to); an event of zero length counts at its start. */
export function overlaps(
  start: Date | number,
  end: Date | number,
  from: Date | number,
  to: Date | number,
): boolean {
  const [s, e, f, t] = [+start, +end, +from, +to];
  if (s >= t) return false;
  return e > f || (s >= f && e === s);
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
  return startsBetween({ ...series, rrule: series.rrule }, new Date(from.getTime() - duration), to)
    .map((start) => ({ start: new Date(start), end: new Date(start + duration) }))
    .filter(({ start, end }) => !skipped.has(start.getTime()) && overlaps(start, end, from, to));
}

/** End of the last occurrence, or null when the rule never ends (or there is no rule). */
export function seriesEnd(series: Series): Date | null {
  if (!series.rrule) return null;
  const parts = ruleParts(series.rrule);
  const first = toZoned(series.startsAt, series.timeZone);
  let last: { epochMilliseconds: number } | null = null;
  if (parts.has("COUNT") && hasOnlySimpleParts(parts) && everyPeriodHasDay(stepOf(parts), first))
    last = stepsAfter(first, stepOf(parts), Number(parts.get("COUNT")) - 1);
  else if (parts.has("COUNT"))
    last = guarded(
      () =>
        ruleOf({ ...series, rrule: series.rrule! })
          .all()
          .at(-1) ?? null,
    );
  else if (parts.has("UNTIL"))
    last = guarded(() =>
      ruleOf({ ...series, rrule: series.rrule! }).previous(untilInstant(parts.get("UNTIL")!, "UTC"), true),
    );
  else return null;
  const duration = series.endsAt.getTime() - series.startsAt.getTime();
  return new Date((last?.epochMilliseconds ?? series.startsAt.getTime()) + duration);
}
