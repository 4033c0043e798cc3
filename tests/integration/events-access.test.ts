import { getDb } from "@taqweem/db";
import { describe, expect, it } from "vitest";
import { eventInput } from "../support/events";
import { addUser, callerFor, createOrg } from "../support/fixtures";
import { callOverHttp } from "../support/trpc-http";

const window = { from: new Date("2025-01-01"), to: new Date("2025-02-01") };

describe("who may see and change events", () => {
  it("lets department members and viewers read but never change events or categories", async () => {
    const { admin, org } = await createOrg();
    const event = await (await callerFor(admin)).events.create(eventInput());
    const category = await (await callerFor(admin)).categories.create({
      nameEn: "Talk",
      nameAr: "ندوة",
      color: "#aa0000",
    });
    for (const role of ["department", "viewer"] as const) {
      const reader = await callerFor(await addUser(org.id, role));
      expect((await reader.events.range(window)).occurrences).toHaveLength(1);
      expect((await reader.events.get({ id: event.id })).id).toBe(event.id);
      expect(await reader.categories.list()).toHaveLength(1);
      const target = { id: event.id, version: event.version };
      const refused = [
        () => reader.events.create(eventInput()),
        () => reader.events.update({ ...target, titleEn: "Mine now" }),
        () => reader.events.publish(target),
        () => reader.events.cancel(target),
        () => reader.events.delete(target),
        () =>
          reader.events.importCsv({
            csv: "title_en,starts_at,ends_at\nX,2025-01-01 10:00,2025-01-01 11:00",
            dryRun: true,
          }),
        () => reader.categories.create({ nameEn: "X", nameAr: "س", color: "#000000" }),
        () => reader.categories.update({ id: category.id, color: "#ffffff" }),
        () => reader.categories.delete({ id: category.id }),
      ];
      for (const attempt of refused) await expect(attempt()).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    // Editors manage events but not categories.
    const editor = await callerFor(await addUser(org.id, "editor"));
    await expect(editor.categories.delete({ id: category.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await editor.events.update({ id: event.id, version: 1, titleEn: "Renamed" })).titleEn).toBe(
      "Renamed",
    );
    const anonymous = await callerFor(null);
    await expect(anonymous.events.range(window)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("never shows or changes another organisation's events, categories or history", async () => {
    const a = await createOrg("a");
    const b = await createOrg("b");
    const aCaller = await callerFor(a.admin);
    const bCaller = await callerFor(b.admin);
    const theirs = await bCaller.events.create(eventInput({ titleEn: "B only" }));
    const theirCategory = await bCaller.categories.create({ nameEn: "B cat", nameAr: "ب", color: "#00aa00" });

    expect((await aCaller.events.range(window)).occurrences).toEqual([]);
    expect((await aCaller.events.range({ ...window, q: "B only" })).occurrences).toEqual([]);
    expect(await aCaller.events.history({ id: theirs.id })).toEqual([]);
    expect(await aCaller.categories.list()).toEqual([]);
    const target = { id: theirs.id, version: theirs.version };
    for (const attempt of [
      () => aCaller.events.get({ id: theirs.id }),
      () => aCaller.events.update({ ...target, titleEn: "Hijacked" }),
      () => aCaller.events.publish(target),
      () => aCaller.events.cancel(target),
      () => aCaller.events.delete(target),
      () => aCaller.categories.update({ id: theirCategory.id, nameEn: "Hijacked" }),
      () => aCaller.categories.delete({ id: theirCategory.id }),
    ])
      await expect(attempt()).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Their category cannot be attached to our events either.
    await expect(aCaller.events.create(eventInput({ categoryId: theirCategory.id }))).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "errors.unknownCategory",
    });
    const exported = await aCaller.events.exportCsv(window);
    expect(exported.rows).toBe(0);

    const unchanged = await bCaller.events.get({ id: theirs.id });
    expect([unchanged.titleEn, unchanged.version, unchanged.status]).toEqual(["B only", 1, "published"]);
    expect((await bCaller.categories.list())[0]?.nameEn).toBe("B cat");
  });

  it("names the category conflict when an English name is taken", async () => {
    const { admin } = await createOrg();
    const caller = await callerFor(admin);
    await caller.categories.create({ nameEn: "Sports", nameAr: "رياضة", color: "#123456" });
    await expect(
      caller.categories.create({ nameEn: "Sports", nameAr: "رياضة ٢", color: "#123456" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "errors.categoryExists",
    });
  });

  it("shows anonymous readers of the public calendar published public occurrences, without internal fields", async () => {
    const { admin, org } = await createOrg();
    const editor = await callerFor(admin);
    const open = await editor.events.create(eventInput({ rrule: "FREQ=WEEKLY;COUNT=2" }));
    await editor.events.create(eventInput({ titleEn: "Draft", status: "draft" }));
    await editor.events.create(eventInput({ titleEn: "Staff only", visibility: "internal" }));
    const http = { db: getDb(), databaseUrl: process.env.DATABASE_URL!, identity: null };
    const answer = await callOverHttp(http, "query", "publicCalendar.range", { org: org.slug, ...window });
    expect(answer.status).toBe(200);
    const { occurrences } = answer.data as { occurrences: Record<string, unknown>[] };
    // January holds the first of the two weekly occurrences; the other two events are not public.
    expect(occurrences).toEqual([
      {
        eventId: open.id,
        start: new Date("2025-01-29T05:00:00Z"),
        end: new Date("2025-01-29T06:00:00Z"),
        recurring: true,
        allDay: false,
        titleEn: "Open day",
        titleAr: "اليوم المفتوح",
        locationEn: null,
        locationAr: null,
        categoryId: null,
      },
    ]);
  });
});
