import { createPlugin } from "@fullcalendar/core";
import { NamedTimeZoneImpl } from "@fullcalendar/core/internal";
import { instantOf, wallClockOf } from "@/lib/zoned-time";

/** FullCalendar's date arrays: [year, month 0–11, day, hour, minute, second, millisecond]. */
const clockOfArray = (a: number[]) => ({
  year: a[0]!,
  month: (a[1] ?? 0) + 1,
  day: a[2] ?? 1,
  hour: a[3] ?? 0,
  minute: a[4] ?? 0,
  second: a[5] ?? 0,
});

/**
 * Named time zones for FullCalendar through the browser's own Intl data, instead of the Luxon or
 * Moment plugins and their libraries: the grid shows the organisation's zone wherever the reader is.
 */
class IntlNamedTimeZone extends NamedTimeZoneImpl {
  offsetForArray(a: number[]): number {
    const clock = clockOfArray(a);
    const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
    return Math.round((asUtc - instantOf(clock, this.timeZoneName).getTime()) / 60_000);
  }

  timestampToArray(ms: number): number[] {
    const { year, month, day, hour, minute, second } = wallClockOf(ms, this.timeZoneName);
    return [year, month - 1, day, hour, minute, second, ((ms % 1000) + 1000) % 1000];
  }
}

export const orgTimeZonePlugin = createPlugin({
  name: "taqweem-org-time-zone",
  namedTimeZonedImpl: IntlNamedTimeZone,
});
