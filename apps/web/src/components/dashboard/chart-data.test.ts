import { describe, expect, it } from "vitest";
import { chartData, type EventsPerMonth, monthLabel } from "./chart-data";

const data: EventsPerMonth = {
  months: [
    { month: "2026-12", counts: { talks: 2, none: 1 } },
    { month: "2027-01", counts: {} },
  ],
  categories: [{ id: "talks", nameEn: "Talks", nameAr: "محاضرات", color: "#2563eb" }],
  hasUncategorised: true,
};

describe("events per month chart data", () => {
  it("names months in the reader's language with Latin digits", () => {
    expect(monthLabel("2026-12", "en")).toBe("Dec 2026");
    expect(monthLabel("2026-12", "ar")).toBe("ديسمبر 2026");
  });

  it("gives every month every series, zero where none, and the category names in the reader's language", () => {
    const { rows, series, empty } = chartData(data, "ar", "بلا فئة");
    expect(series.map(({ key, name }) => [key, name])).toEqual([
      ["talks", "محاضرات"],
      ["none", "بلا فئة"],
    ]);
    expect(rows.map(({ month, talks, none, total }) => [month, talks, none, total])).toEqual([
      ["2026-12", 2, 1, 3],
      ["2027-01", 0, 0, 0],
    ]);
    expect(empty).toBe(false);
  });
});
