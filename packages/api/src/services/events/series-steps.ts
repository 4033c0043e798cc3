import type { Temporal } from "temporal-polyfill";
import { offsetFixedSince1970 } from "./zoned-time";

type Unit = "days" | "weeks" | "months" | "years";

const unitOf: Record<string, Unit> = { DAILY: "days", WEEKLY: "weeks", MONTHLY: "months", YEARLY: "years" };
// Parts that leave one occurrence per period, at DTSTART's place in it.
const simpleParts = new Set(["FREQ", "INTERVAL", "COUNT", "UNTIL", "WKST"]);
const dayMs = 24 * 60 * 60 * 1000;

/** One period of a rule: INTERVAL of its FREQ, added on the wall clock. */
export interface Step {
  unit: Unit;
  interval: number;
}

export function stepOf(parts: Map<string, string>): Step {
  return { unit: unitOf[parts.get("FREQ")!]!, interval: Number(parts.get("INTERVAL") ?? 1) };
}

export function stepsAfter(
  start: Temporal.ZonedDateTime,
  step: Step,
  periods: number,
): Temporal.ZonedDateTime {
  return start.add({ [step.unit]: periods * step.interval });
}

/** No BY parts: one occurrence per period, at the start's place in it. */
export function hasOnlySimpleParts(parts: Map<string, string>): boolean {
  return [...parts.keys()].every((name) => simpleParts.has(name));
}

/**
 * True when such a rule's occurrence n is the start plus n periods: every period has the start's
 * day (the 31st of a month or 29 February would be skipped in some periods, not moved).
 */
export function everyPeriodHasDay(step: Step, start: Temporal.ZonedDateTime): boolean {
  if (step.unit === "months") return start.day <= 28;
  if (step.unit === "years") return !(start.month === 2 && start.day === 29);
  return true;
}

/**
 * The length (ms) of every period, when all are equal: days or weeks in a zone without offset
 * changes over the series' life; else null. Then occurrence n is plain arithmetic, no time zone work.
 */
export function evenPeriodMs(step: Step, startsAt: Date, timeZone: string): number | null {
  if (step.unit !== "days" && step.unit !== "weeks") return null;
  if (startsAt.getTime() < 0 || offsetFixedSince1970(timeZone) === null) return null;
  return step.interval * (step.unit === "weeks" ? 7 : 1) * dayMs;
}

/**
 * How many whole periods lie between the start and `instant`, counted from the calendar fields
 * (never by walking), rounded down and then one less, so that no occurrence at or after
 * `instant` is skipped whatever the daylight-saving changes in between.
 */
export function periodsBefore(
  start: Temporal.ZonedDateTime,
  step: Step,
  instant: Temporal.ZonedDateTime,
): number {
  let units: number;
  if (step.unit === "days" || step.unit === "weeks") {
    const days = Math.floor((instant.epochMilliseconds - start.epochMilliseconds) / dayMs);
    units = step.unit === "days" ? days : Math.floor(days / 7);
  } else {
    const months = (instant.year - start.year) * 12 + instant.month - start.month;
    units = step.unit === "months" ? months : Math.floor(months / 12);
  }
  return Math.max(0, Math.floor(units / step.interval) - 1);
}

/**
 * A start whole periods later that keeps the first start's wall-clock time and its day in the
 * period (day of the month, or month and day), at most `periods` periods on (fewer when that day
 * or time does not exist there): from it the rule yields the same occurrences as from the first.
 */
export function alignedStart(
  start: Temporal.ZonedDateTime,
  step: Step,
  periods: number,
): Temporal.ZonedDateTime {
  const keepsDay = (candidate: Temporal.ZonedDateTime) =>
    step.unit === "days" ||
    step.unit === "weeks" ||
    (candidate.day === start.day && (step.unit === "months" || candidate.month === start.month));
  // A handful of tries covers a 31st (every other month) and 29 February (every fourth year, or eighth).
  for (let back = 0; back < 12 && periods - back > 0; back += 1) {
    const candidate = stepsAfter(start, step, periods - back);
    if (keepsDay(candidate) && candidate.toPlainTime().equals(start.toPlainTime())) return candidate;
  }
  return start;
}
