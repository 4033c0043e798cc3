import type { Temporal } from "temporal-polyfill";
import { localMidnight, toZoned } from "../events/zoned-time";

/** A [from, to) stretch of time. */
export interface TimeWindow {
  from: Date;
  to: Date;
}

const dayMs = 24 * 60 * 60 * 1000;

/** The local day that holds `now`, in the organisation's time zone. */
export function dayWindow(now: Date, timeZone: string): TimeWindow {
  const today = toZoned(now, timeZone).toPlainDate();
  return { from: localMidnight(today, timeZone), to: localMidnight(today.add({ days: 1 }), timeZone) };
}

/** The local week that holds `now`, Monday to Sunday (weeks start on Monday). */
export function weekWindow(now: Date, timeZone: string): TimeWindow {
  const today = toZoned(now, timeZone).toPlainDate();
  const monday = today.subtract({ days: today.dayOfWeek - 1 });
  return { from: localMidnight(monday, timeZone), to: localMidnight(monday.add({ days: 7 }), timeZone) };
}

/** From now on for the given number of days (24-hour days: a deadline, not a calendar). */
export function daysAhead(now: Date, days: number): TimeWindow {
  return { from: now, to: new Date(now.getTime() + days * dayMs) };
}

/** The last `hours` hours up to now. */
export function hoursBack(now: Date, hours: number): TimeWindow {
  return { from: new Date(now.getTime() - hours * 60 * 60 * 1000), to: now };
}

/** The local month that holds `now` and the ones after it, `count` months in all. */
export function monthsAhead(now: Date, timeZone: string, count: number) {
  const first = toZoned(now, timeZone).toPlainDate().toPlainYearMonth();
  const months = Array.from({ length: count }, (_, index) => first.add({ months: index }));
  const startOf = (month: Temporal.PlainYearMonth) => localMidnight(month.toPlainDate({ day: 1 }), timeZone);
  return {
    /** `YYYY-MM` of each month, in order. */
    months: months.map((month) => month.toString()),
    window: { from: startOf(first), to: startOf(first.add({ months: count })) } satisfies TimeWindow,
    /** The `YYYY-MM` (local) an instant falls in. */
    monthOf: (instant: Date) => toZoned(instant, timeZone).toPlainDate().toPlainYearMonth().toString(),
  };
}
