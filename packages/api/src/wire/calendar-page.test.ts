import { describe, expect, it } from "vitest";
import { CalendarPage, transformer } from "./calendar-page";

const lecture = { eventId: "e1", titleEn: "Lecture", titleAr: null, recurring: true };
const fair = { eventId: "e2", titleEn: "Book fair", titleAr: "معرض الكتاب", recurring: false };
const at = (iso: string) => new Date(iso).getTime();
const page = new CalendarPage(
  [lecture, fair],
  [
    0,
    at("2025-03-03T06:00:00Z"),
    at("2025-03-03T07:00:00Z"),
    1,
    at("2025-03-04T05:00:00Z"),
    at("2025-03-06T05:00:00Z"),
    0,
    at("2025-03-10T06:00:00Z"),
    at("2025-03-10T07:00:00Z"),
  ],
  false,
);

describe("CalendarPage", () => {
  it("reads back as one object per occurrence, with Dates", () => {
    expect(page.occurrences).toEqual([
      { ...lecture, start: new Date("2025-03-03T06:00:00Z"), end: new Date("2025-03-03T07:00:00Z") },
      { ...fair, start: new Date("2025-03-04T05:00:00Z"), end: new Date("2025-03-06T05:00:00Z") },
      { ...lecture, start: new Date("2025-03-10T06:00:00Z"), end: new Date("2025-03-10T07:00:00Z") },
    ]);
  });

  it("crosses superjson as compact rows, each event once, and comes back the same", () => {
    const sent = transformer.serialize({ page });
    expect(JSON.stringify(sent.json)).not.toContain("2025-03");
    expect(JSON.stringify(sent.json).match(/Book fair/g)).toHaveLength(1);
    const received = transformer.deserialize<{ page: CalendarPage<typeof lecture> }>(
      JSON.parse(JSON.stringify(sent)),
    );
    expect(received.page).toBeInstanceOf(CalendarPage);
    expect(received.page.truncated).toBe(false);
    expect(received.page.occurrences).toEqual(page.occurrences);
  });

  it("leaves fields out of every occurrence at once", () => {
    const visible = page.mapEvents(({ recurring: _recurring, ...event }) => event);
    expect(visible.occurrences.map((occurrence) => Object.keys(occurrence))).toEqual(
      Array(3).fill(["eventId", "titleEn", "titleAr", "start", "end"]),
    );
  });
});
