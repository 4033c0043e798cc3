import { getDb } from "@taqweem/db";
import { beforeAll, describe, expect, it } from "vitest";
import { createOrg } from "../support/fixtures";
import { type BadInput, callOverHttp, expectRefused, type HttpCaller } from "../support/trpc-http";

let caller: HttpCaller;
beforeAll(async () => {
  caller = { db: getDb(), databaseUrl: process.env.DATABASE_URL!, identity: (await createOrg()).admin };
});

const id = crypto.randomUUID();
const from = new Date("2025-01-01T00:00:00Z");
const to = new Date("2025-02-01T00:00:00Z");
const event = { titleEn: "Talk", startsAt: from, endsAt: to };

// Every new procedure that takes input, with inputs a browser could send that must be refused.
const badInputs: BadInput[] = [
  ["query", "events.range", { from, to: from }, "to", "errors.invalidRange"],
  ["query", "events.range", { from, to: new Date("2026-06-01") }, "to", "errors.rangeTooLong"],
  ["query", "events.range", { from: "yesterday", to }, "from", "errors.invalidDate"],
  ["query", "events.range", { from, to, types: ["regional"] }, "types"],
  ["query", "events.range", { from, to, categoryIds: ["not-a-uuid"] }, "categoryIds"],
  ["query", "events.range", { from, to, q: "x".repeat(201) }, "q", "errors.tooLong"],
  ["query", "events.get", { id: "42" }, "id"],
  ["query", "events.history", {}, "id"],
  ["query", "events.exportCsv", { from: to, to: from }, "to", "errors.invalidRange"],
  ["mutation", "events.create", { startsAt: from, endsAt: to }, "titleEn", "errors.titleRequired"],
  [
    "mutation",
    "events.create",
    { ...event, endsAt: new Date("2024-12-31") },
    "endsAt",
    "errors.endBeforeStart",
  ],
  ["mutation", "events.create", { ...event, titleEn: "x".repeat(201) }, "titleEn", "errors.tooLong"],
  ["mutation", "events.create", { ...event, timeZone: "Mars/Olympus" }, "timeZone", "errors.invalidTimeZone"],
  ["mutation", "events.create", { ...event, rrule: "FREQ=MINUTELY" }, "rrule", "errors.invalidRecurrence"],
  ["mutation", "events.create", { ...event, link: "javascript:alert(1)" }, "link", "errors.invalidUrl"],
  [
    "mutation",
    "events.create",
    { ...event, expectedAttendance: -5 },
    "expectedAttendance",
    "errors.invalidNumber",
  ],
  ["mutation", "events.create", { ...event, status: "cancelled" }, "status", "errors.invalidChoice"],
  ["mutation", "events.create", { ...event, visibility: "secret" }, "visibility", "errors.invalidChoice"],
  ["mutation", "events.create", { ...event, categoryId: "music" }, "categoryId", "errors.unknownCategory"],
  ["mutation", "events.create", null],
  ["mutation", "events.update", { id, titleEn: "No version" }, "version"],
  ["mutation", "events.update", { id, version: 0 }, "version"],
  ["mutation", "events.update", { id, version: 1, allDay: "yes" }, "allDay", "errors.invalidBoolean"],
  ["mutation", "events.update", { id, version: 1, exdates: ["2025-01-01"] }, "exdates"],
  ["mutation", "events.publish", { id }, "version"],
  ["mutation", "events.cancel", { id: "x", version: 1 }, "id"],
  ["mutation", "events.delete", { version: 1 }, "id"],
  ["mutation", "events.importCsv", { csv: "", dryRun: true }, "csv", "errors.csvEmpty"],
  ["mutation", "events.importCsv", { csv: "a,b", dryRun: "maybe" }, "dryRun"],
  [
    "mutation",
    "categories.create",
    { nameEn: "Music", nameAr: "موسيقى", color: "red" },
    "color",
    "errors.invalidColor",
  ],
  ["mutation", "categories.create", { nameEn: "", nameAr: "موسيقى", color: "#ff0000" }, "nameEn"],
  ["mutation", "categories.update", { id, color: "#ff00001" }, "color", "errors.invalidColor"],
  ["mutation", "categories.delete", { id: 7 }, "id"],
  ["query", "publicCalendar.info", { org: "Not A Slug!" }, "org"],
  ["query", "publicCalendar.range", { from, to: from }, "to", "errors.invalidRange"],
  ["query", "publicCalendar.event", { id: "x" }, "id"],
];

describe("bad input to the calendar procedures", () => {
  it.each(badInputs)("%s %s refuses %j with 400 and a translatable key", (...badInput) =>
    expectRefused(caller, ...badInput),
  );

  it("answers good input over the same path", async () => {
    const created = await callOverHttp(caller, "mutation", "events.create", event);
    expect(created.status).toBe(200);
    const range = await callOverHttp(caller, "query", "events.range", { from, to });
    expect((range.data as { occurrences: unknown[] }).occurrences).toHaveLength(1);
  });
});
