import { describe, expect, it } from "vitest";
import { looksLikePhone } from "./phone";

describe("looksLikePhone", () => {
  it("takes international and local numbers as people write them", () => {
    expect(looksLikePhone("+971 50 123 4567")).toBe(true);
    expect(looksLikePhone("050-123-4567")).toBe(true);
    expect(looksLikePhone("(04) 123 4567")).toBe(true);
  });

  it("refuses letters, too few or too many digits", () => {
    expect(looksLikePhone("call me")).toBe(false);
    expect(looksLikePhone("+97150abc")).toBe(false);
    expect(looksLikePhone("12345")).toBe(false);
    expect(looksLikePhone("+1234567890123456")).toBe(false);
    expect(looksLikePhone("")).toBe(false);
  });
});
