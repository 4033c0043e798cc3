import { describe, expect, it } from "vitest";
import { callerFor, createOrg } from "../support/fixtures";

const header = "title_en,title_ar,category,type,starts_at,ends_at,all_day,rrule,expected_attendance";
const window = { from: new Date("2025-01-01T00:00:00Z"), to: new Date("2025-04-01T00:00:00Z") };

async function orgWithCategory() {
  const { admin } = await createOrg();
  const caller = await callerFor(admin);
  await caller.categories.create({ nameEn: "Lecture", nameAr: "محاضرة", color: "#336699" });
  return caller;
}

describe("CSV import and export", () => {
  it("previews every row's errors and refuses the whole file while any row is invalid", async () => {
    const caller = await orgWithCategory();
    const csv = [
      header,
      "Poetry night,أمسية شعرية,Lecture,local,2025-02-10 19:00,2025-02-10 21:00,no,,120",
      ",,Concerts,regional,2025-02-31 10:00,yesterday,maybe,FREQ=HOURLY,many",
      "Conference,مؤتمر,محاضرة,international,2025-03-01T09:00:00+04:00,2025-03-01T08:00:00+04:00,,,",
    ].join("\n");

    const preview = await caller.events.importCsv({ csv, dryRun: true });
    expect(preview).toMatchObject({ status: "preview", total: 3, invalid: 2, created: 0 });
    expect(preview.errors).toEqual(
      expect.arrayContaining([
        { row: 3, field: "category", key: "errors.unknownCategory" },
        { row: 3, field: "all_day", key: "errors.invalidBoolean" },
        { row: 3, field: "starts_at", key: "errors.invalidDate" },
        { row: 3, field: "ends_at", key: "errors.invalidDate" },
        { row: 3, field: "expected_attendance", key: "errors.invalidNumber" },
        { row: 3, field: "title_en", key: "errors.titleRequired" },
        { row: 3, field: "type", key: "errors.invalidChoice" },
        { row: 3, field: "rrule", key: "errors.invalidRecurrence" },
        { row: 4, field: "ends_at", key: "errors.endBeforeStart" },
      ]),
    );
    expect(preview.errors.filter((error) => error.row === 2)).toEqual([]);
    expect(preview.rows[0]).toEqual({ row: 2, values: expect.objectContaining({ title_ar: "أمسية شعرية" }) });

    const refused = await caller.events.importCsv({ csv, dryRun: false });
    expect(refused).toMatchObject({ status: "refused", created: 0, invalid: 2 });
    // Not even the valid row was written.
    expect((await caller.events.range(window)).occurrences).toEqual([]);
  });

  it("imports every row in one go: BOM, Arabic, local times, all-day dates, both category names", async () => {
    const caller = await orgWithCategory();
    const csv = `\uFEFF${[
      `${header},time_zone,ignored_column`,
      "Poetry night,أمسية شعرية,Lecture,local,2025-02-10 19:00,2025-02-10 21:00,no,,120,,x",
      ",معرض الخط العربي,محاضرة,,2025-02-11,2025-02-13,yes,,,,",
      '"Weekly, with a comma",,,international,2025-03-03 09:00,2025-03-03 10:00,false,FREQ=WEEKLY;COUNT=2,,Europe/London,',
    ].join("\r\n")}\r\n`;
    const result = await caller.events.importCsv({ csv, dryRun: false });
    expect(result).toMatchObject({
      status: "imported",
      created: 3,
      invalid: 0,
      ignoredColumns: ["ignored_column"],
    });

    const { occurrences } = await caller.events.range(window);
    expect(
      occurrences.map((o) => [o.titleEn ?? o.titleAr, o.start.toISOString(), o.end.toISOString(), o.allDay]),
    ).toEqual([
      ["Poetry night", "2025-02-10T15:00:00.000Z", "2025-02-10T17:00:00.000Z", false],
      // All-day 11–13 February in Dubai: the end date is the last day, stored as the next midnight.
      ["معرض الخط العربي", "2025-02-10T20:00:00.000Z", "2025-02-13T20:00:00.000Z", true],
      ["Weekly, with a comma", "2025-03-03T09:00:00.000Z", "2025-03-03T10:00:00.000Z", false],
      ["Weekly, with a comma", "2025-03-10T09:00:00.000Z", "2025-03-10T10:00:00.000Z", false],
    ]);
    const [lecture] = await caller.categories.list();
    expect(occurrences[0]!.categoryId).toBe(lecture!.id);
    expect(occurrences[1]!.categoryId).toBe(lecture!.id);
  });

  it("refuses files that are not CSV, have no rows or lack the time and title columns", async () => {
    const caller = await orgWithCategory();
    const cases: Array<[string, string]> = [
      [header, "errors.csvEmpty"],
      ["location_en,starts_at\nHall,2025-01-01 10:00", "errors.csvMissingColumns"],
      ['title_en,starts_at,ends_at\n"unterminated,2025-01-01 10:00,2025-01-01 11:00', "errors.csvMalformed"],
    ];
    for (const [csv, message] of cases)
      await expect(caller.events.importCsv({ csv, dryRun: true })).rejects.toMatchObject({
        code: "BAD_REQUEST",
        message,
      });
  });

  it("exports the filtered list so that it imports back to the same events", async () => {
    const source = await orgWithCategory();
    await source.events.create({
      titleEn: '=HYPERLINK("x")',
      titleAr: "ندوة، مع فاصلة",
      startsAt: new Date("2025-02-10T05:30:00Z"),
      endsAt: new Date("2025-02-10T07:00:00Z"),
      rrule: "FREQ=WEEKLY;COUNT=4",
      expectedAttendance: 40,
      locationEn: 'Hall "A"\nfirst floor',
    });
    await source.events.create({
      titleEn: "Out of window",
      startsAt: new Date("2025-06-01T05:00:00Z"),
      endsAt: new Date("2025-06-01T06:00:00Z"),
    });
    const exported = await source.events.exportCsv(window);
    expect(exported.rows).toBe(1);
    expect(exported.content.startsWith("\uFEFFid,title_en,title_ar")).toBe(true);
    // A formula is neutralised for spreadsheets.
    expect(exported.content).toContain(`"'=HYPERLINK(""x"")"`);
    expect(exported.content).toContain("2025-02-10 09:30");

    const target = await orgWithCategory();
    const imported = await target.events.importCsv({ csv: exported.content, dryRun: false });
    expect(imported).toMatchObject({ status: "imported", created: 1, ignoredColumns: ["id"] });
    const [copy] = (await target.events.range(window)).occurrences;
    const copied = await target.events.get({ id: copy!.eventId });
    expect(copied).toMatchObject({
      titleEn: '=HYPERLINK("x")',
      titleAr: "ندوة، مع فاصلة",
      locationEn: 'Hall "A"\nfirst floor',
      rrule: "FREQ=WEEKLY;COUNT=4",
      expectedAttendance: 40,
      startsAt: new Date("2025-02-10T05:30:00Z"),
    });
  });
});
