import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildIcs, type IcsEvent } from "./ics";

const base: IcsEvent = {
  id: "6b1f7f0e-2d7c-4c43-9d53-3c3e1d1f9a01",
  orgId: "00000000-0000-4000-8000-000000000000",
  titleEn: "Open day",
  titleAr: "اليوم المفتوح",
  descriptionEn: null,
  descriptionAr: "وصف طويل ".repeat(20),
  locationEn: null,
  locationAr: null,
  organisersEn: null,
  organisersAr: null,
  categoryId: null,
  categoryNameEn: "Lecture",
  categoryNameAr: "محاضرة",
  type: "local",
  scope: "external",
  visibility: "public",
  status: "published",
  startsAt: new Date("2025-01-29T05:00:00Z"),
  endsAt: new Date("2025-01-29T06:00:00Z"),
  allDay: false,
  timeZone: "Asia/Dubai",
  rrule: null,
  exdates: [],
  recurrenceEndsAt: null,
  link: "https://example.test/open-day",
  expectedAttendance: null,
  source: "manual",
  sourceId: null,
  externalId: null,
  createdBy: null,
  updatedBy: null,
  createdAt: new Date("2025-01-01T00:00:00Z"),
  updatedAt: new Date("2025-01-02T00:00:00Z"),
  version: 3,
  sequence: 2,
  publishedAt: new Date("2025-01-02T00:00:00Z"),
};

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
}

function starts(event: ICAL.Event, limit = 50) {
  const list: string[] = [];
  const iterator = event.iterator();
  for (let next = iterator.next(); next && list.length < limit; next = iterator.next())
    list.push(next.toString());
  return list;
}

describe("buildIcs", () => {
  it("writes a timed event with TZID, SEQUENCE, status and the reader's language", () => {
    const text = buildIcs({ name: "Org", locale: "ar", timeZone: "Asia/Dubai", events: [base] });
    expect(text).toContain("DTSTART;TZID=Asia/Dubai:20250129T090000");
    expect(text).toContain("BEGIN:VTIMEZONE");
    const [event] = parse(text);
    expect(event!.uid).toBe(`${base.id}@taqweem`);
    expect(event!.sequence).toBe(2);
    expect(event!.summary).toBe("اليوم المفتوح");
    expect(event!.description).toBe(base.descriptionAr);
    expect(event!.component.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(event!.startDate.toJSDate().toISOString()).toBe("2025-01-29T05:00:00.000Z");
    // Falls back to the other language when the reader's is missing.
    const [english] = parse(buildIcs({ name: "Org", locale: "en", timeZone: "Asia/Dubai", events: [base] }));
    expect(english!.description).toBe(base.descriptionAr);
  });

  it("writes recurring timed events with local EXDATEs that a client expands the same way", () => {
    const exdates = Array.from({ length: 12 }, (_, day) => new Date(Date.UTC(2025, 0, 30 + day * 2, 5)));
    const text = buildIcs({
      name: "Org",
      locale: "en",
      timeZone: "Asia/Dubai",
      events: [{ ...base, rrule: "FREQ=DAILY;COUNT=30", exdates }],
    });
    const occurrences = starts(parse(text)[0]!);
    expect(occurrences).toHaveLength(18);
    expect(occurrences.slice(0, 3)).toEqual([
      "2025-01-29T09:00:00",
      "2025-01-31T09:00:00",
      "2025-02-02T09:00:00",
    ]);
  });

  it("writes all-day recurring events as dates, UNTIL included, and cancellations", () => {
    const allDay = {
      ...base,
      allDay: true,
      status: "cancelled" as const,
      startsAt: new Date("2025-01-30T20:00:00Z"),
      endsAt: new Date("2025-01-31T20:00:00Z"),
      rrule: "FREQ=WEEKLY;UNTIL=20250221T195959Z",
      exdates: [new Date("2025-02-06T20:00:00Z")],
    };
    const text = buildIcs({ name: "Org", locale: "en", timeZone: "Asia/Dubai", events: [allDay] });
    expect(text).toContain("DTSTART;VALUE=DATE:20250131");
    expect(text).toContain("RRULE:FREQ=WEEKLY;UNTIL=20250221");
    expect(text).toContain("EXDATE;VALUE=DATE:20250207");
    const [event] = parse(text);
    expect(event!.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(starts(event!)).toEqual(["2025-01-31", "2025-02-14", "2025-02-21"]);
  });
});
