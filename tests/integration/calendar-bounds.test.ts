import { getDb } from "@taqweem/db";
import { describe, expect, it } from "vitest";
import { eventInput } from "../support/events";
import { callerFor, createOrg } from "../support/fixtures";
import { callOverHttp, expectRefused } from "../support/trpc-http";

// March 2025 in Asia/Dubai (UTC+4): local midnight on the 1st of each month.
const march = { from: new Date("2025-02-28T20:00:00Z"), to: new Date("2025-03-31T20:00:00Z") };
const days = (n: number) => n * 24 * 60 * 60 * 1000;
const localDays = (list: { start: Date }[]) =>
  list.map(({ start }) => new Date(start.getTime() + 4 * 3600_000).toISOString().slice(0, 10));

/** An admin of a new organisation, called directly and over HTTP (where a crash would be a 500). */
async function signedIn() {
  const { admin } = await createOrg();
  const http = { db: getDb(), databaseUrl: process.env.DATABASE_URL!, identity: admin };
  return { caller: await callerFor(admin), http };
}

describe("a series that began long ago", () => {
  it("answers a month of a daily series that began twenty years ago, skipping its exceptions", async () => {
    const { caller, http } = await signedIn();
    const event = await caller.events.create(
      eventInput({
        // 10:00–11:00 Dubai time every day since 1 March 2005.
        startsAt: new Date("2005-03-01T06:00:00Z"),
        endsAt: new Date("2005-03-01T07:00:00Z"),
        rrule: "FREQ=DAILY",
        exdates: [new Date("2025-03-10T06:00:00Z"), new Date("2025-03-11T06:00:00Z")],
      }),
    );
    const answer = await callOverHttp(http, "query", "events.range", march);
    expect(answer.status).toBe(200);
    const { occurrences } = answer.data as { occurrences: { eventId: string; start: Date; end: Date }[] };
    expect(occurrences).toHaveLength(29);
    expect(occurrences.every(({ eventId }) => eventId === event.id)).toBe(true);
    expect(occurrences[0]).toMatchObject({
      start: new Date("2025-03-01T06:00:00Z"),
      end: new Date("2025-03-01T07:00:00Z"),
    });
    expect(localDays(occurrences)).not.toContain("2025-03-10");
    expect(localDays(occurrences)).not.toContain("2025-03-11");
    expect(localDays(occurrences).at(-1)).toBe("2025-03-31");
  });

  it("counts COUNT rules from their first occurrence, simple or not", async () => {
    const { caller } = await signedIn();
    // Day 1,000 of a daily series from 20 June 2022 is 15 March 2025.
    await caller.events.create(
      eventInput({
        titleEn: "Daily",
        startsAt: new Date("2022-06-20T06:00:00Z"),
        endsAt: new Date("2022-06-20T07:00:00Z"),
        rrule: "FREQ=DAILY;COUNT=1000",
      }),
    );
    // Occurrence 542 of Mondays and Wednesdays from Monday 6 January 2020 is Wednesday 12 March 2025.
    await caller.events.create(
      eventInput({
        titleEn: "Twice a week",
        startsAt: new Date("2020-01-06T06:00:00Z"),
        endsAt: new Date("2020-01-06T07:00:00Z"),
        rrule: "FREQ=WEEKLY;BYDAY=MO,WE;COUNT=542",
      }),
    );
    const { occurrences } = await caller.events.range(march);
    const of = (title: string) => localDays(occurrences.filter(({ titleEn }) => titleEn === title));
    expect(of("Daily")).toHaveLength(15);
    expect(of("Daily").at(-1)).toBe("2025-03-15");
    expect(of("Twice a week")).toEqual(["2025-03-03", "2025-03-05", "2025-03-10", "2025-03-12"]);
  });
});

describe("one occurrence lasts at most 366 days", () => {
  const start = new Date("2025-01-01T06:00:00Z");

  it("refuses a longer event on create and on update, and accepts exactly 366 days", async () => {
    const { caller, http } = await signedIn();
    const tooLong = eventInput({ startsAt: start, endsAt: new Date(start.getTime() + days(367)) });
    await expectRefused(http, "mutation", "events.create", tooLong, "endsAt", "errors.eventTooLong");

    const event = await caller.events.create(
      eventInput({ startsAt: start, endsAt: new Date(start.getTime() + days(366)) }),
    );
    // Dragging its end a day further is an update like any other.
    await expect(
      caller.events.update({
        id: event.id,
        version: event.version,
        endsAt: new Date(start.getTime() + days(367)),
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "errors.eventTooLong" });
    expect((await caller.events.get({ id: event.id })).endsAt).toEqual(new Date(start.getTime() + days(366)));
  });

  it("refuses a CSV row whose event is longer", async () => {
    const { caller } = await signedIn();
    const csv = ["title_en,starts_at,ends_at", "Endless,2025-01-01 10:00,2026-01-03 10:00"].join("\n");
    const preview = await caller.events.importCsv({ csv, dryRun: true });
    expect(preview.errors).toEqual([{ row: 2, field: "ends_at", key: "errors.eventTooLong" }]);
  });
});
