import type { Temporal } from "temporal-polyfill";

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

/**
 * True when occurrence n is simply the start plus n periods: no BY parts, and a day that every
 * period has (the 31st of a month or 29 February would be skipped in some periods, not moved).
 */
export function isSimple(parts: Map<string, string>, start: Temporal.ZonedDateTime): boolean {
  if ([...parts.keys()].some((name) => !simpleParts.has(name))) return false;
  const { unit } = stepOf(parts);
  if (unit === "months") return start.day <= 28;
  if (unit === "years") return !(start.month === 2 && start.day === 29);
  return true;
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
 * A start whole periods later that keeps the first start's day and wall-clock time, at most
 * `periods` periods on (fewer when that day or time does not exist there): from it the rule
 * yields the same occurrences as from the first start.
 */
export function alignedStart(
  start: Temporal.ZonedDateTime,
  step: Step,
  periods: number,
): Temporal.ZonedDateTime {
  // A handful of tries covers a 31st (every other month) and 29 February (every fourth year, or eighth).
  for (let back = 0; back < 12 && periods - back > 0; back += 1) {
    const candidate = stepsAfter(start, step, periods - back);
    if (
      candidate.day === start.day &&
      candidate.toPlainTime().equals(start.toPlainTime()) &&
      (step.unit !== "years" || candidate.month === start.month)
    )
      return candidate;
  }
  return start;
}
