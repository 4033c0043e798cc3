import { describe, expect, it } from "vitest";
import { durationParts } from "./duration";

describe("durationParts", () => {
  it("keeps the two largest units", () => {
    expect(durationParts(3 * 86_400_000 + 5 * 3_600_000 + 59_000)).toEqual({
      unit: "days",
      days: 3,
      hours: 5,
    });
    expect(durationParts(2 * 3_600_000 + 7 * 60_000)).toEqual({ unit: "hours", hours: 2, minutes: 7 });
    expect(durationParts(61_500)).toEqual({ unit: "minutes", minutes: 1, seconds: 1 });
    expect(durationParts(999)).toEqual({ unit: "seconds", seconds: 0 });
  });

  it("counts a negative span (clock skew) as zero", () => {
    expect(durationParts(-5_000)).toEqual({ unit: "seconds", seconds: 0 });
  });
});
