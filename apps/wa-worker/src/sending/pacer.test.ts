import { defaultWaPacing } from "@taqweem/db";
import { describe, expect, it } from "vitest";
import { capWaitMs, Pacer, typingMs } from "./pacer";

const pacing = {
  ...defaultWaPacing,
  minGapSeconds: 30,
  maxGapSeconds: 90,
  batchSize: 3,
  batchPauseMinutes: 20,
};

describe("pacing", () => {
  it("spaces sends by a random 30-90 s gap and pauses after each batch", () => {
    const pacer = new Pacer(() => 0.5);
    const t0 = 1_000_000;
    expect(pacer.reserve("a", pacing, t0)).toBe(t0);
    expect(pacer.reserve("b", pacing, t0)).toBe(t0 + 60_000);
    expect(pacer.reserve("c", pacing, t0)).toBe(t0 + 120_000);
    // The fourth message starts a new batch after the long pause.
    expect(pacer.reserve("d", pacing, t0)).toBe(t0 + 120_000 + 20 * 60_000);
  });

  it("keeps a message's slot when its job comes back, and sends at once when pacing is off", () => {
    const pacer = new Pacer(() => 0);
    expect(pacer.reserve("a", pacing, 0)).toBe(0);
    expect(pacer.reserve("b", pacing, 0)).toBe(30_000);
    expect(pacer.reserve("b", pacing, 29_000)).toBe(30_000);
    expect(pacer.reserve("z", { ...pacing, enabled: false }, 5)).toBe(5);
  });

  it("types for a time that grows with the text, capped", () => {
    expect(typingMs(pacing, "hi")).toBe(1_000);
    expect(typingMs(pacing, "x".repeat(60))).toBe(5_000);
    expect(typingMs(pacing, "x".repeat(5_000))).toBe(8_000);
    expect(typingMs({ ...pacing, typing: false }, "x".repeat(60))).toBe(0);
  });

  it("waits for room under the hourly and daily caps", () => {
    const now = 10 * 3_600_000;
    const counts = {
      lastHour: 20,
      lastDay: 25,
      oldestInHour: now - 50 * 60_000,
      oldestInDay: now - 23 * 3_600_000,
    };
    expect(capWaitMs(pacing, counts, now)).toBe(10 * 60_000);
    expect(capWaitMs(pacing, { ...counts, lastHour: 3, lastDay: 40 }, now)).toBe(3_600_000);
    expect(capWaitMs(pacing, { ...counts, lastHour: 3 }, now)).toBe(0);
    expect(capWaitMs({ ...pacing, enabled: false }, counts, now)).toBe(0);
  });
});
