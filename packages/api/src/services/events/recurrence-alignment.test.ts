import { RRuleTemporal } from "rrule-temporal";
import { describe, expect, it } from "vitest";
import { occurrencesBetween, type Series, seriesEnd } from "./recurrence";
import { toZoned } from "./zoned-time";

/** The library walking from the first occurrence: what the aligned expansion must agree with. */
function walked(series: Series & { rrule: string }, from: Date, to: Date): string[] {
  const duration = series.endsAt.getTime() - series.startsAt.getTime();
  const skipped = new Set(series.exdates.map((date) => date.getTime()));
  return new RRuleTemporal({
    rruleString: series.rrule,
    dtstart: toZoned(series.startsAt, series.timeZone),
    tzid: series.timeZone,
    includeDtstart: true,
    maxIterations: 1_000_000,
  })
    .between(new Date(from.getTime() - duration), to, true)
    .map((start) => start.epochMilliseconds)
    .filter((start) => !skipped.has(start) && start < to.getTime() && start + duration > from.getTime())
    .map((start) => new Date(start).toISOString());
}

const rules = [
  "FREQ=DAILY",
  "FREQ=DAILY;INTERVAL=3",
  "FREQ=DAILY;COUNT=400",
  "FREQ=DAILY;BYDAY=MO,TH",
  "FREQ=DAILY;BYMONTHDAY=29,30,31",
  "FREQ=WEEKLY",
  "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SA",
  "FREQ=WEEKLY;BYDAY=MO;COUNT=600",
  "FREQ=WEEKLY;UNTIL=20300101T000000Z",
  "FREQ=MONTHLY",
  "FREQ=MONTHLY;INTERVAL=5",
  "FREQ=MONTHLY;BYDAY=-1FR",
  "FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=500",
  "FREQ=YEARLY",
  "FREQ=YEARLY;BYMONTH=3,9;BYDAY=2SU",
];
const firstStarts = [
  "2004-01-31T05:30:00Z",
  "2008-02-29T18:00:00Z",
  "2024-03-10T07:30:00Z",
  "2025-02-27T05:00:00Z",
];
const zones = ["Asia/Dubai", "America/New_York"];
const windows = [
  ["2025-02-28T20:00:00Z", "2025-03-31T20:00:00Z"],
  ["2025-10-26T00:00:00Z", "2025-11-09T00:00:00Z"],
].map(([from, to]) => ({ from: new Date(from!), to: new Date(to!) }));

describe("expanding near the window instead of from the first occurrence", () => {
  const cases = rules.flatMap((rrule) =>
    firstStarts.flatMap((start) => zones.map((zone) => [rrule, start, zone])),
  );
  it.each(cases)("%s from %s in %s gives what a walk from the start gives", (rrule, start, timeZone) => {
    const startsAt = new Date(start!);
    const series: Series & { rrule: string } = {
      startsAt,
      endsAt: new Date(startsAt.getTime() + 90 * 60_000),
      timeZone: timeZone!,
      rrule: rrule!,
      exdates: [new Date("2025-03-05T05:30:00Z")],
    };
    series.recurrenceEndsAt = seriesEnd(series);
    for (const { from, to } of windows) {
      const aligned = occurrencesBetween(series, from, to).map(({ start }) => start.toISOString());
      expect(aligned).toEqual(walked(series, from, to));
    }
  });

  it("counts a COUNT rule from its first occurrence", () => {
    // 5 January 2024 + 399 days = 7 February 2025, the 400th and last occurrence.
    const series: Series = {
      startsAt: new Date("2024-01-05T06:00:00Z"),
      endsAt: new Date("2024-01-05T07:00:00Z"),
      timeZone: "Asia/Dubai",
      rrule: "FREQ=DAILY;COUNT=400",
      exdates: [],
    };
    const february = occurrencesBetween(
      series,
      new Date("2025-01-31T20:00:00Z"),
      new Date("2025-02-28T20:00:00Z"),
    );
    expect(february.at(-1)?.start.toISOString()).toBe("2025-02-07T06:00:00.000Z");
    expect(february).toHaveLength(7);
    expect(seriesEnd(series)?.toISOString()).toBe("2025-02-07T07:00:00.000Z");
  });
});
