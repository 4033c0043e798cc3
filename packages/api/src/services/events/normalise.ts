import { fail } from "../../domain-error";
import { errorKeys } from "../../errors";
import { canonicalRule, RecurrenceError, seriesEnd } from "./recurrence";
import { wholeDays } from "./zoned-time";

export interface EventTimes {
  startsAt: Date;
  endsAt: Date;
  allDay: boolean;
  timeZone: string;
  rrule: string | null;
  exdates: Date[];
}

/** A rule the library cannot expand is the user's to fix: a translated error, not a 500. */
function refusingBadRules<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof RecurrenceError) fail("invalid", errorKeys.invalidRecurrence);
    throw error;
  }
}

/**
 * The times as stored: all-day events on local midnights, the rule in canonical form, exception
 * dates sorted without duplicates (none without a rule), and the end of the series computed.
 */
export function normaliseTimes(times: EventTimes): EventTimes & { recurrenceEndsAt: Date | null } {
  const { allDay, timeZone } = times;
  const bounds = allDay ? wholeDays(times.startsAt, times.endsAt, timeZone) : times;
  const rrule = times.rrule ? refusingBadRules(() => canonicalRule(times.rrule!, timeZone)) : null;
  const exdateTimes = times.exdates.map((date) =>
    allDay ? wholeDays(date, date, timeZone).startsAt.getTime() : date.getTime(),
  );
  const exdates = rrule ? [...new Set(exdateTimes)].sort((a, b) => a - b).map((time) => new Date(time)) : [];
  const normalised = { startsAt: bounds.startsAt, endsAt: bounds.endsAt, allDay, timeZone, rrule, exdates };
  return { ...normalised, recurrenceEndsAt: refusingBadRules(() => seriesEnd(normalised)) };
}
