import { Temporal } from "temporal-polyfill";
import { toZoned, wallClockToInstant } from "../events/zoned-time";

/** Quiet hours as local wall-clock times ("HH:MM"); a start after the end spans midnight. */
export interface QuietHours {
  start: string;
  end: string;
}

/** One local day of the organisation: its bounds and the quiet stretches inside it, as instants (ms). */
export interface LocalDay {
  start: number;
  end: number;
  quiet: { from: number; to: number }[];
}

const at = (day: Temporal.PlainDate, time: string, timeZone: string) =>
  wallClockToInstant(day.toPlainDateTime(Temporal.PlainTime.from(time)), timeZone).getTime();

/** The local day (in `timeZone`) that holds the instant `ms`. */
export function localDayOf(ms: number, timeZone: string, quietHours: QuietHours | null): LocalDay {
  const day = toZoned(new Date(ms), timeZone).toPlainDate();
  const next = day.add({ days: 1 });
  const start = at(day, "00:00", timeZone);
  const end = at(next, "00:00", timeZone);
  const quiet: LocalDay["quiet"] = [];
  if (quietHours && quietHours.start !== quietHours.end) {
    const from = at(day, quietHours.start, timeZone);
    const to = at(day, quietHours.end, timeZone);
    if (from < to) quiet.push({ from, to });
    else quiet.push({ from: start, to }, { from, to: end });
  }
  return { start, end, quiet };
}

/** The first instant at or after `ms` outside quiet hours. */
export function nextOpenAt(ms: number, timeZone: string, quietHours: QuietHours | null): number {
  let t = ms;
  for (let guard = 0; guard < 4; guard++) {
    const day = localDayOf(t, timeZone, quietHours);
    const stretch = day.quiet.find((q) => q.from <= t && t < q.to);
    if (!stretch) return t;
    t = stretch.to;
  }
  return t;
}
