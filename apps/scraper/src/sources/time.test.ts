import { describe, expect, it } from "vitest";
import { plainText } from "./text";
import { dayAfter, dayStart, instantIn, readTime, wallClock } from "./time";

describe("times in a zone", () => {
  it("reads Dubai times (one offset since 1970) the same as the general path", () => {
    expect(dayStart("2025-09-24", "Asia/Dubai")).toBe("2025-09-24T00:00:00+04:00");
    expect(dayAfter("2025-12-31", "Asia/Dubai")).toBe("2026-01-01T00:00:00+04:00");
    expect(readTime("2025-10-03T09:00", "Asia/Dubai")).toMatchObject({ iso: "2025-10-03T09:00:00+04:00" });
    expect(readTime("2025-10-03T05:00:00Z", "Asia/Dubai")).toMatchObject({
      iso: "2025-10-03T09:00:00+04:00",
      dateOnly: false,
    });
    expect(readTime("2025-10-03", "Asia/Dubai")).toMatchObject({
      iso: "2025-10-03T00:00:00+04:00",
      dateOnly: true,
    });
    expect(wallClock("2025-10-03T23:30", "Asia/Dubai")).toBe("2025-10-03T23:30:00+04:00");
    expect(wallClock("2025-03-30T01:30:00", "Europe/London")).toBe("2025-03-30T02:30:00+01:00");
    expect(instantIn(Date.parse("2025-10-03T22:00:00Z"), "Asia/Dubai")).toBe("2025-10-04T02:00:00+04:00");
  });

  it("follows daylight saving in zones that have it", () => {
    expect(dayStart("2025-07-01", "Europe/London")).toBe("2025-07-01T00:00:00+01:00");
    expect(readTime("2025-12-01T09:00", "Europe/London")).toMatchObject({ iso: "2025-12-01T09:00:00+00:00" });
    expect(instantIn(Date.parse("2025-07-01T12:00:00Z"), "Europe/London")).toBe("2025-07-01T13:00:00+01:00");
  });

  it("refuses what is not a date", () => {
    expect(readTime("2025-02-30", "Asia/Dubai")).toBeNull();
    expect(readTime("next Tuesday", "Asia/Dubai")).toBeNull();
    expect(readTime(20251003, "Asia/Dubai")).toBeNull();
  });
});

describe("plainText", () => {
  it("drops markup and scripts, decodes entities once, collapses whitespace", () => {
    expect(plainText("<p>Clean <b>energy</b> &amp; water</p>\n<script>alert(1)</script>")).toBe(
      "Clean energy & water",
    );
    expect(plainText("Use &lt;b&gt; for bold")).toBe("Use <b> for bold");
    expect(plainText("   ")).toBeNull();
    expect(plainText(42)).toBeNull();
  });
});
