import { describe, expect, it } from "vitest";
import { nextReminder, reminderFireAt } from "./timing";

const dubai = "Asia/Dubai";
// Friday 1 May 2026, 10:00 in Dubai.
const start = new Date("2026-05-01T06:00:00Z");

describe("reminderFireAt", () => {
  it("counts a week, a day or custom minutes back from the start", () => {
    const at = (offset: "week_before" | "day_before") =>
      reminderFireAt({ offset, customMinutesBefore: null }, start, dubai);
    expect(at("week_before").toISOString()).toBe("2026-04-24T06:00:00.000Z");
    expect(at("day_before").toISOString()).toBe("2026-04-30T06:00:00.000Z");
    expect(reminderFireAt({ offset: "custom", customMinutesBefore: 90 }, start, dubai).toISOString()).toBe(
      "2026-05-01T04:30:00.000Z",
    );
  });

  it("fires the morning of at 08:00 org time, or at the start when the event begins earlier", () => {
    const morning = { offset: "morning_of" as const, customMinutesBefore: null };
    expect(reminderFireAt(morning, start, dubai).toISOString()).toBe("2026-05-01T04:00:00.000Z");
    // 02:30 Dubai on 1 May is still 30 April in UTC; the local date counts.
    const early = new Date("2026-04-30T22:30:00Z");
    expect(reminderFireAt(morning, early, dubai)).toEqual(early);
  });
});

describe("nextReminder", () => {
  const reminder = { offset: "day_before" as const, customMinutesBefore: null };
  const single = {
    startsAt: start,
    endsAt: new Date(start.getTime() + 3_600_000),
    timeZone: dubai,
    exdates: [],
  };

  it("gives the one occurrence of a single event, until its time has passed", () => {
    expect(
      nextReminder(reminder, { ...single, rrule: null }, dubai, new Date("2026-04-01T00:00:00Z")),
    ).toEqual({
      fireAt: new Date("2026-04-30T06:00:00Z"),
      occurrenceStart: start,
    });
    expect(
      nextReminder(reminder, { ...single, rrule: null }, dubai, new Date("2026-04-30T06:00:00Z")),
    ).toBeNull();
  });

  it("moves to the next occurrence of a series once one has fired, skipping cancelled ones", () => {
    const weekly = { ...single, rrule: "FREQ=WEEKLY;COUNT=3", exdates: [new Date("2026-05-08T06:00:00Z")] };
    expect(nextReminder(reminder, weekly, dubai, new Date("2026-04-30T06:00:00Z"))).toEqual({
      fireAt: new Date("2026-05-14T06:00:00Z"),
      occurrenceStart: new Date("2026-05-15T06:00:00Z"),
    });
    expect(nextReminder(reminder, weekly, dubai, new Date("2026-05-14T06:00:00Z"))).toBeNull();
  });
});
