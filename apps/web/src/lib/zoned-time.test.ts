import { describe, expect, it } from "vitest";
import {
  addLocalDays,
  fromLocalInput,
  instantOf,
  offsetMinutesAt,
  toDateKey,
  toDateTimeLocal,
  wallClockOf,
} from "./zoned-time";

describe("zoned time", () => {
  it("reads the wall clock of an instant in a zone", () => {
    expect(wallClockOf(new Date("2026-01-31T22:30:00Z"), "Asia/Dubai")).toEqual({
      year: 2026,
      month: 2,
      day: 1,
      hour: 2,
      minute: 30,
      second: 0,
    });
    expect(offsetMinutesAt(Date.UTC(2026, 0, 1), "Asia/Dubai")).toBe(240);
  });

  it("turns local input values into instants and back", () => {
    const instant = fromLocalInput("2026-03-05T09:15", "Asia/Dubai");
    expect(instant?.toISOString()).toBe("2026-03-05T05:15:00.000Z");
    expect(toDateTimeLocal(instant!, "Asia/Dubai")).toBe("2026-03-05T09:15");
    expect(fromLocalInput("2026-03-05", "Asia/Dubai")?.toISOString()).toBe("2026-03-04T20:00:00.000Z");
    expect(toDateKey(new Date("2026-03-04T20:00:00Z"), "Asia/Dubai")).toBe("2026-03-05");
  });

  it("refuses malformed and impossible dates", () => {
    expect(fromLocalInput("2026-02-30", "UTC")).toBeNull();
    expect(fromLocalInput("2026-02-03T25:00", "UTC")).toBeNull();
    expect(fromLocalInput("tomorrow", "UTC")).toBeNull();
  });

  it("handles daylight saving changes", () => {
    const at = (day: number, month: number) =>
      instantOf({ year: 2026, month, day, hour: 1, minute: 30, second: 0 }, "Europe/London").toISOString();
    // London springs forward on 29 March 2026: 01:30 does not exist and reads as 02:30 summer time.
    expect(at(29, 3)).toBe("2026-03-29T01:30:00.000Z");
    // It falls back on 25 October: 01:30 happens twice; the first one counts.
    expect(at(25, 10)).toBe("2026-10-25T00:30:00.000Z");
    const before = new Date("2026-03-28T09:00:00Z");
    expect(addLocalDays(before, 1, "Europe/London").toISOString()).toBe("2026-03-29T08:00:00.000Z");
  });
});
