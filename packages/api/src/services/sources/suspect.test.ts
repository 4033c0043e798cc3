import { describe, expect, it } from "vitest";
import { suspectReason } from "./suspect";

describe("suspectReason", () => {
  it("finds a run with no events suspect, even the first one", () => {
    expect(suspectReason(0, null, 0.5)).toBe("none_found");
    expect(suspectReason(0, 10, 0.5)).toBe("none_found");
  });

  it("finds far fewer events than the last good run suspect, at the threshold not", () => {
    expect(suspectReason(4, 10, 0.5)).toBe("far_fewer");
    expect(suspectReason(5, 10, 0.5)).toBeNull();
    expect(suspectReason(2, null, 0.5)).toBeNull();
    expect(suspectReason(7, 10, 0.8)).toBe("far_fewer");
  });
});
