import { describe, expect, it } from "vitest";
import { alignedStart, periodsBefore } from "./series-steps";
import { toZoned } from "./zoned-time";

const zoned = (iso: string, zone = "Asia/Dubai") => toZoned(new Date(iso), zone);
const local = (start: ReturnType<typeof zoned>) => start.toPlainDateTime().toString();

describe("a start aligned near the window", () => {
  it("counts whole periods from the calendar fields, one short to be safe", () => {
    // The window starts at local midnight on 1 March 2025.
    const first = zoned("2005-03-01T06:00:00Z");
    const window = zoned("2025-02-28T20:00:00Z");
    expect(periodsBefore(first, { unit: "days", interval: 1 }, window)).toBe(7303);
    expect(periodsBefore(first, { unit: "weeks", interval: 2 }, window)).toBe(520);
    expect(periodsBefore(first, { unit: "months", interval: 1 }, window)).toBe(239);
    expect(periodsBefore(first, { unit: "years", interval: 1 }, window)).toBe(19);
  });

  it("keeps the wall-clock time and the day in the period", () => {
    const first = zoned("2005-03-01T06:00:00Z");
    expect(local(alignedStart(first, { unit: "days", interval: 1 }, 7303))).toBe("2025-02-27T10:00:00");
    expect(local(alignedStart(first, { unit: "weeks", interval: 2 }, 520))).toBe("2025-02-04T10:00:00");
    expect(local(alignedStart(first, { unit: "years", interval: 1 }, 18))).toBe("2023-03-01T10:00:00");
  });

  it("steps back to a period that has the day: the 31st, 29 February", () => {
    const thirtyFirst = zoned("2004-01-31T06:00:00Z");
    // 13 months on is February; 12 months on is January again.
    expect(local(alignedStart(thirtyFirst, { unit: "months", interval: 1 }, 13))).toBe("2005-01-31T10:00:00");
    const leapDay = zoned("2008-02-29T06:00:00Z");
    expect(local(alignedStart(leapDay, { unit: "years", interval: 1 }, 15))).toBe("2020-02-29T10:00:00");
  });

  it("keeps 09:00 across a daylight-saving change", () => {
    const first = zoned("2024-01-08T14:00:00Z", "America/New_York");
    expect(local(alignedStart(first, { unit: "weeks", interval: 1 }, 20))).toBe("2024-05-27T09:00:00");
  });
});
