import { describe, expect, it } from "vitest";
import { isTimeZone, shiftWallClock, wholeDays } from "./zoned-time";

const at = (iso: string) => new Date(iso);

describe("isTimeZone", () => {
  it("accepts IANA names and refuses offsets, abbreviations and junk", () => {
    expect(isTimeZone("Asia/Dubai")).toBe(true);
    expect(isTimeZone("America/Argentina/Buenos_Aires")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    for (const name of ["+04:00", "GST", "Asia/Nowhere", "", "Asia/Dubai; drop table"]) {
      expect(isTimeZone(name)).toBe(false);
    }
  });
});

describe("wholeDays", () => {
  it("snaps to local midnights in the event's zone", () => {
    const days = wholeDays(at("2025-01-31T10:00:00Z"), at("2025-02-01T12:00:00Z"), "Asia/Dubai");
    expect(days.startsAt.toISOString()).toBe("2025-01-30T20:00:00.000Z");
    expect(days.endsAt.toISOString()).toBe("2025-02-01T20:00:00.000Z");
  });

  it("keeps an end that is already midnight and gives at least one day", () => {
    const midnight = at("2025-01-30T20:00:00Z");
    expect(wholeDays(midnight, at("2025-01-31T20:00:00Z"), "Asia/Dubai").endsAt.toISOString()).toBe(
      "2025-01-31T20:00:00.000Z",
    );
    expect(wholeDays(midnight, midnight, "Asia/Dubai").endsAt.toISOString()).toBe("2025-01-31T20:00:00.000Z");
  });
});

describe("shiftWallClock", () => {
  it("moves by local days, so 09:00 stays 09:00 across a DST change", () => {
    const [moved] = shiftWallClock(
      [at("2025-03-10T13:00:00Z")],
      at("2025-03-07T14:00:00Z"),
      at("2025-03-08T14:00:00Z"),
      "America/New_York",
    );
    expect(moved?.toISOString()).toBe("2025-03-11T13:00:00.000Z");
  });
});
