import { describe, expect, it } from "vitest";
import {
  canonicalRule,
  isValidRule,
  occurrencesBetween,
  overlaps,
  RecurrenceError,
  type Series,
  seriesEnd,
} from "./recurrence";

const dubai = "Asia/Dubai";
const at = (iso: string) => new Date(iso);
const starts = (list: { start: Date }[]) => list.map(({ start }) => start.toISOString());

/** Daily 09:00–10:00 Dubai time (05:00Z) from 29 January 2025. */
const daily: Series = {
  startsAt: at("2025-01-29T05:00:00Z"),
  endsAt: at("2025-01-29T06:00:00Z"),
  timeZone: dubai,
  rrule: "FREQ=DAILY",
  exdates: [],
};
// February in Dubai: [1 Feb 00:00 +04, 1 Mar 00:00 +04).
const februaryFrom = at("2025-01-31T20:00:00Z");
const februaryTo = at("2025-02-28T20:00:00Z");

describe("occurrencesBetween", () => {
  it("keeps 09:00 local and stops exactly at the month boundary", () => {
    const february = occurrencesBetween(daily, februaryFrom, februaryTo);
    expect(february).toHaveLength(28);
    expect(february[0]!.start.toISOString()).toBe("2025-02-01T05:00:00.000Z");
    expect(february.at(-1)!.start.toISOString()).toBe("2025-02-28T05:00:00.000Z");
    expect(february.every(({ start }) => start.getUTCHours() === 5)).toBe(true);
  });

  it("shows an occurrence that crosses midnight into the next month in both months", () => {
    const lateNight = { ...daily, startsAt: at("2025-01-29T19:00:00Z"), endsAt: at("2025-01-29T21:00:00Z") };
    // 23:00–01:00 local on 31 January touches February.
    expect(starts(occurrencesBetween(lateNight, februaryFrom, at("2025-02-01T20:00:00Z")))).toEqual([
      "2025-01-31T19:00:00.000Z",
      "2025-02-01T19:00:00.000Z",
    ]);
  });

  it("skips exception dates and honours COUNT", () => {
    const series = { ...daily, rrule: "FREQ=DAILY;COUNT=5", exdates: [at("2025-01-31T05:00:00Z")] };
    expect(
      starts(occurrencesBetween(series, at("2025-01-01T00:00:00Z"), at("2025-03-01T00:00:00Z"))),
    ).toEqual([
      "2025-01-29T05:00:00.000Z",
      "2025-01-30T05:00:00.000Z",
      "2025-02-01T05:00:00.000Z",
      "2025-02-02T05:00:00.000Z",
    ]);
  });

  it("counts DTSTART as the first occurrence even when the rule does not match it", () => {
    // 29 January 2025 is a Wednesday; the rule says Mondays.
    const series = { ...daily, rrule: "FREQ=WEEKLY;BYDAY=MO;COUNT=2" };
    expect(
      starts(occurrencesBetween(series, at("2025-01-01T00:00:00Z"), at("2025-03-01T00:00:00Z"))),
    ).toEqual(["2025-01-29T05:00:00.000Z", "2025-02-03T05:00:00.000Z"]);
  });

  it("expands in the event's zone, so a DST change keeps the local time", () => {
    const newYork = {
      ...daily,
      startsAt: at("2025-03-07T14:00:00Z"),
      endsAt: at("2025-03-07T15:00:00Z"),
      timeZone: "America/New_York",
    };
    expect(
      starts(occurrencesBetween(newYork, at("2025-03-08T00:00:00Z"), at("2025-03-11T00:00:00Z"))),
    ).toEqual(["2025-03-08T14:00:00.000Z", "2025-03-09T13:00:00.000Z", "2025-03-10T13:00:00.000Z"]);
  });

  it("expands all-day events from local midnight", () => {
    const allDay = {
      ...daily,
      startsAt: at("2025-01-30T20:00:00Z"),
      endsAt: at("2025-01-31T20:00:00Z"),
      rrule: "FREQ=MONTHLY;BYMONTHDAY=-1",
    };
    expect(starts(occurrencesBetween(allDay, februaryFrom, februaryTo))).toEqual([
      "2025-02-27T20:00:00.000Z",
    ]);
  });

  it("returns a single event only when it overlaps", () => {
    const single = { ...daily, rrule: null };
    expect(occurrencesBetween(single, at("2025-01-29T00:00:00Z"), at("2025-01-30T00:00:00Z"))).toHaveLength(
      1,
    );
    expect(occurrencesBetween(single, at("2025-01-29T06:00:00Z"), at("2025-01-30T00:00:00Z"))).toHaveLength(
      0,
    );
  });
});

describe("overlaps", () => {
  const from = at("2025-02-01T00:00:00Z");
  const to = at("2025-03-01T00:00:00Z");
  it("is half-open and counts zero-length events at their start", () => {
    expect(overlaps(at("2025-01-31T00:00:00Z"), from, from, to)).toBe(false);
    expect(overlaps(from, from, from, to)).toBe(true);
    expect(overlaps(to, to, from, to)).toBe(false);
    expect(overlaps(at("2025-01-31T00:00:00Z"), at("2025-02-01T00:00:01Z"), from, to)).toBe(true);
  });
});

describe("canonicalRule", () => {
  it("orders parts, upper-cases and turns UNTIL into UTC", () => {
    expect(canonicalRule("rrule:byday=mo,we;freq=weekly;until=20250301", dubai)).toBe(
      "FREQ=WEEKLY;UNTIL=20250301T195959Z;BYDAY=MO,WE",
    );
    expect(canonicalRule("FREQ=DAILY;UNTIL=20250301T090000", dubai)).toBe(
      "FREQ=DAILY;UNTIL=20250301T050000Z",
    );
  });

  it.each([
    "FREQ=HOURLY",
    "FREQ=DAILY;BYHOUR=9",
    "FREQ=DAILY;COUNT=2;UNTIL=20250301",
    "FREQ=DAILY;COUNT=100000",
    "FREQ=WEEKLY;BYDAY=XX",
    "FREQ=DAILY;FREQ=WEEKLY",
    "BYDAY=MO",
    "FREQ=DAILY;UNTIL=tomorrow",
    "",
  ])("refuses %j", (rule) => {
    expect(() => canonicalRule(rule, dubai)).toThrow(RecurrenceError);
    expect(isValidRule(rule)).toBe(false);
  });
});

describe("seriesEnd", () => {
  it("is the end of the last occurrence, or null for an endless rule", () => {
    expect(seriesEnd({ ...daily, rrule: "FREQ=DAILY;COUNT=3" })?.toISOString()).toBe(
      "2025-01-31T06:00:00.000Z",
    );
    expect(seriesEnd({ ...daily, rrule: "FREQ=WEEKLY;UNTIL=20250220T000000Z" })?.toISOString()).toBe(
      "2025-02-19T06:00:00.000Z",
    );
    expect(seriesEnd(daily)).toBeNull();
    expect(seriesEnd({ ...daily, rrule: null })).toBeNull();
  });
});
