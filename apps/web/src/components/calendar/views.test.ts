import { describe, expect, it } from "vitest";
import { shiftPeriod } from "./views";

describe("shiftPeriod", () => {
  it("moves months (and the month agenda) to the first of the month, across years", () => {
    expect(shiftPeriod("month", "2026-11-21", 1)).toBe("2026-12-01");
    expect(shiftPeriod("month", "2026-12-31", 1)).toBe("2027-01-01");
    expect(shiftPeriod("list", "2026-01-15", -1)).toBe("2025-12-01");
  });

  it("moves weeks by seven days and days by one", () => {
    expect(shiftPeriod("week", "2026-02-26", 1)).toBe("2026-03-05");
    expect(shiftPeriod("day", "2028-03-01", -1)).toBe("2028-02-29");
  });
});
