import { describe, expect, it } from "vitest";
import { draftOf, type PacingLimits, pacingNumberFields, readPacing } from "./pacing-values";

const pacing = {
  enabled: true,
  minGapSeconds: 30,
  maxGapSeconds: 90,
  typing: true,
  typingCharsPerSecond: 12,
  maxTypingSeconds: 8,
  batchSize: 25,
  batchPauseMinutes: 20,
  hourlyCap: 20,
  dailyCap: 40,
};
const limits = Object.fromEntries(
  pacingNumberFields.map((field) => [field, { min: 0, max: 100 }]),
) as PacingLimits;

describe("pacing form values", () => {
  it("reads back what it was given", () => {
    expect(readPacing(draftOf(pacing), limits)).toEqual({ pacing, errors: null });
  });

  it("refuses empty, fractional and out-of-range numbers", () => {
    const draft = { ...draftOf(pacing), batchSize: "", hourlyCap: "2.5", dailyCap: "101" };
    expect(readPacing(draft, limits).errors).toEqual({
      batchSize: "range",
      hourlyCap: "range",
      dailyCap: "range",
    });
  });

  it("wants the longest gap at least as long as the shortest", () => {
    const draft = { ...draftOf(pacing), minGapSeconds: "60", maxGapSeconds: "45" };
    expect(readPacing(draft, limits).errors).toEqual({ maxGapSeconds: "order" });
  });
});
