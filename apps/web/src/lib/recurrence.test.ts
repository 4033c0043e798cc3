import { describe, expect, it } from "vitest";
import { buildRule, describeRule, readRule } from "./recurrence";

const tz = "Asia/Dubai";
// Tuesday 3 March 2026, 10:00 in Dubai.
const start = new Date("2026-03-03T06:00:00Z");

describe("recurrence", () => {
  it("builds rules from presets with their end", () => {
    const build = (preset: Parameters<typeof buildRule>[0], end: Parameters<typeof buildRule>[1]["end"]) =>
      buildRule(preset, { start, timeZone: tz, end, custom: "" });
    expect(build("none", { kind: "never" })).toBeNull();
    expect(build("weekly", { kind: "count", count: 10 })).toBe("FREQ=WEEKLY;BYDAY=TU;COUNT=10");
    expect(build("monthly", { kind: "until", date: "2026-12-31" })).toBe(
      "FREQ=MONTHLY;BYMONTHDAY=3;UNTIL=20261231",
    );
    expect(build("weekdays", { kind: "never" })).toBe("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR");
  });

  it("reads a stored rule back as its preset, else as custom text", () => {
    expect(readRule("FREQ=WEEKLY;BYDAY=TU;UNTIL=20261231T195959Z", start, tz)).toEqual({
      preset: "weekly",
      end: { kind: "until", date: "2026-12-31" },
      custom: "",
    });
    expect(readRule("FREQ=DAILY;INTERVAL=1;COUNT=3", start, tz).preset).toBe("daily");
    expect(readRule("FREQ=MONTHLY;BYDAY=1MO", start, tz)).toEqual({
      preset: "custom",
      end: { kind: "never" },
      custom: "FREQ=MONTHLY;BYDAY=1MO",
    });
  });

  it("describes the common shapes and gives up on the rest", () => {
    expect(describeRule("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;COUNT=6", tz)).toEqual({
      frequency: "weekly",
      interval: 2,
      weekdays: ["MO", "WE"],
      monthDay: null,
      end: { kind: "count", count: 6 },
    });
    expect(describeRule("FREQ=MONTHLY;BYDAY=1MO", tz)).toBeNull();
    expect(describeRule("FREQ=MONTHLY;BYSETPOS=-1;BYDAY=FR", tz)).toBeNull();
  });
});
