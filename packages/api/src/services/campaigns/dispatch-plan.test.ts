import { describe, expect, it } from "vitest";
import { type DispatchPolicy, estimateFinish, planDispatch } from "./dispatch-plan";
import { nextOpenAt } from "./local-days";

// Pinned instants in Dubai (UTC+04:00 all year): no result depends on when the test runs.
const dubai = (local: string) => new Date(`${local}:00+04:00`).getTime();
const overnight = { start: "21:00", end: "08:00" };
const policy: DispatchPolicy = { timeZone: "Asia/Dubai", quietHours: overnight, dailyCap: 100 };
const step = (now: number, releasedToday = 0, inFlight = 0) =>
  planDispatch({ now, policy, releasedToday, inFlight, window: 5 });

describe("campaign quiet hours across midnight in Dubai", () => {
  it("waits from 21:00 to 08:00 the next morning, before and after midnight", () => {
    expect(step(dubai("2027-03-10T20:59"))).toEqual({ kind: "release", count: 5 });
    expect(step(dubai("2027-03-10T21:00"))).toEqual({
      kind: "wait",
      reason: "quiet_hours",
      until: dubai("2027-03-11T08:00"),
    });
    expect(step(dubai("2027-03-11T00:30"))).toEqual({
      kind: "wait",
      reason: "quiet_hours",
      until: dubai("2027-03-11T08:00"),
    });
    expect(step(dubai("2027-03-11T08:00"))).toEqual({ kind: "release", count: 5 });
  });

  it("reads a daytime quiet stretch and no quiet hours alike", () => {
    const noon = { start: "12:00", end: "14:00" };
    expect(nextOpenAt(dubai("2027-03-10T12:30"), "Asia/Dubai", noon)).toBe(dubai("2027-03-10T14:00"));
    expect(nextOpenAt(dubai("2027-03-10T23:30"), "Asia/Dubai", noon)).toBe(dubai("2027-03-10T23:30"));
    expect(nextOpenAt(dubai("2027-03-10T23:30"), "Asia/Dubai", null)).toBe(dubai("2027-03-10T23:30"));
  });
});

describe("the campaign's daily cap in the organisation's days", () => {
  it("releases up to the cap, then waits for the next local day's first open minute", () => {
    expect(step(dubai("2027-03-10T10:00"), 98)).toEqual({ kind: "release", count: 2 });
    expect(step(dubai("2027-03-10T10:00"), 100)).toEqual({
      kind: "wait",
      reason: "daily_cap",
      until: dubai("2027-03-11T08:00"),
    });
    const allNight = { ...policy, quietHours: null };
    expect(
      planDispatch({
        now: dubai("2027-03-10T23:59"),
        policy: allNight,
        releasedToday: 100,
        inFlight: 0,
        window: 5,
      }),
    ).toEqual({ kind: "wait", reason: "daily_cap", until: dubai("2027-03-11T00:00") });
  });

  it("holds back while the number's queue is full", () => {
    expect(step(dubai("2027-03-10T10:00"), 0, 5)).toMatchObject({ kind: "wait", reason: "pacing" });
    expect(step(dubai("2027-03-10T10:00"), 0, 3)).toEqual({ kind: "release", count: 2 });
  });
});

describe("estimated finish", () => {
  const minute = 60_000;
  it("finishes the same evening when the campaign fits before quiet hours", () => {
    expect(
      estimateFinish({
        now: dubai("2027-03-10T10:00"),
        remaining: 61,
        gapMs: minute,
        policy,
        releasedToday: 0,
      }),
    ).toBe(dubai("2027-03-10T11:00"));
  });

  it("spreads over the next mornings: daily cap and the night's quiet hours", () => {
    // 100 a day at one a minute: today 10:00-11:39, tomorrow from 08:00, the rest the day after.
    expect(
      estimateFinish({
        now: dubai("2027-03-10T10:00"),
        remaining: 250,
        gapMs: minute,
        policy,
        releasedToday: 0,
      }),
    ).toBe(dubai("2027-03-12T08:49"));
    // Started at 20:30: 30 go out before 21:00, the rest from 08:00.
    expect(
      estimateFinish({
        now: dubai("2027-03-10T20:30"),
        remaining: 40,
        gapMs: minute,
        policy,
        releasedToday: 0,
      }),
    ).toBe(dubai("2027-03-11T08:09"));
  });
});
