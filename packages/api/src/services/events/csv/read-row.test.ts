import { describe, expect, it } from "vitest";
import { readEventRow } from "./read-row";

const context = {
  timeZone: "Asia/Dubai",
  categories: new Map([["lecture", "c0a80101-0000-4000-8000-000000000001"]]),
};
const row = (cells: Record<string, string>) => readEventRow(new Map(Object.entries(cells)), context);

describe("readEventRow", () => {
  it("reads local wall-clock times in the organisation's zone", () => {
    const { input, errors } = row({
      title_en: "Talk",
      category: "LECTURE",
      starts_at: "2025-01-31 22:00",
      ends_at: "2025-02-01T01:00",
    });
    expect(errors).toEqual([]);
    expect(input?.startsAt.toISOString()).toBe("2025-01-31T18:00:00.000Z");
    expect(input?.endsAt.toISOString()).toBe("2025-01-31T21:00:00.000Z");
    expect(input?.categoryId).toBe("c0a80101-0000-4000-8000-000000000001");
  });

  it("uses the row's own time zone and accepts explicit offsets", () => {
    const { input } = row({
      title_ar: "ندوة",
      time_zone: "Europe/London",
      starts_at: "2025-07-01 09:00",
      ends_at: "2025-07-01T10:00:00Z",
    });
    expect(input?.startsAt.toISOString()).toBe("2025-07-01T08:00:00.000Z");
    expect(input?.endsAt.toISOString()).toBe("2025-07-01T10:00:00.000Z");
    expect(input?.timeZone).toBe("Europe/London");
  });

  it("reads a bare end date of an all-day row as its last day", () => {
    const { input } = row({
      title_en: "Fair",
      all_day: "نعم",
      starts_at: "2025-02-11",
      ends_at: "2025-02-11",
    });
    expect(input?.endsAt.toISOString()).toBe("2025-02-11T20:00:00.000Z");
  });

  it("takes back the formula guard added on export", () => {
    expect(row({ title_en: "'=1+1", starts_at: "2025-01-01", ends_at: "2025-01-01" }).input?.titleEn).toBe(
      "=1+1",
    );
    expect(row({ title_en: "'quoted'", starts_at: "2025-01-01", ends_at: "2025-01-01" }).input?.titleEn).toBe(
      "'quoted'",
    );
  });

  it("reports each bad cell once, against its column", () => {
    const { input, errors } = row({
      starts_at: "2025-13-01 10:00",
      ends_at: "2025-01-01 25:00",
      link: "ftp://x",
    });
    expect(input).toBeNull();
    expect(errors).toEqual([
      { field: "starts_at", key: "errors.invalidDate" },
      { field: "ends_at", key: "errors.invalidDate" },
      { field: "link", key: "errors.invalidUrl" },
      { field: "title_en", key: "errors.titleRequired" },
    ]);
  });
});
