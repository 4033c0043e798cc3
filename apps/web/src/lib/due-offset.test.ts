import { describe, expect, it } from "vitest";
import { signedOffset, splitOffset } from "./due-offset";

describe("due offsets", () => {
  it("reads minutes in the largest even unit, with the direction", () => {
    expect(splitOffset(-2880)).toEqual({ amount: 2, unit: "days", direction: "before" });
    expect(splitOffset(120)).toEqual({ amount: 2, unit: "hours", direction: "after" });
    expect(splitOffset(-90)).toEqual({ amount: 90, unit: "minutes", direction: "before" });
    expect(splitOffset(0)).toEqual({ amount: 0, unit: "days", direction: "after" });
  });

  it("gives the API a signed amount", () => {
    expect(signedOffset({ amount: 3, unit: "days", direction: "before" })).toEqual({
      amount: -3,
      unit: "days",
    });
    expect(signedOffset({ amount: 30, unit: "minutes", direction: "after" })).toEqual({
      amount: 30,
      unit: "minutes",
    });
  });

  it("round-trips through the split form", () => {
    for (const minutes of [-10080, -1440, -61, 0, 45, 600, 4320]) {
      const { amount, unit } = signedOffset(splitOffset(minutes));
      expect(amount * { minutes: 1, hours: 60, days: 1440 }[unit]).toBe(minutes);
    }
  });
});
