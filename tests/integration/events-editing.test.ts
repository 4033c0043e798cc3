import { departments, eventDepartments, getDb } from "@taqweem/db";
import { describe, expect, it } from "vitest";
import { eventInput } from "../support/events";
import { addUser, callerFor, createOrg } from "../support/fixtures";

describe("editing events", () => {
  it("refuses a stale version with CONFLICT and keeps the newer change", async () => {
    const { admin, org } = await createOrg();
    const editor = await addUser(org.id, "editor");
    const event = await (await callerFor(admin)).events.create(eventInput());

    const first = await (await callerFor(editor)).events.update({
      id: event.id,
      version: event.version,
      locationEn: "Main hall",
    });
    expect(first.version).toBe(event.version + 1);
    await expect(
      (await callerFor(admin)).events.update({ id: event.id, version: event.version, locationEn: "Library" }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "errors.staleVersion" });
    await expect(
      (await callerFor(admin)).events.delete({ id: event.id, version: event.version }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await (await callerFor(admin)).events.get({ id: event.id })).locationEn).toBe("Main hall");
  });

  it("bumps SEQUENCE only for changes to time, place, title, status or recurrence", async () => {
    const { admin } = await createOrg();
    const caller = await callerFor(admin);
    let event = await caller.events.create(eventInput({ status: "draft" }));
    expect([event.version, event.sequence]).toEqual([1, 0]);

    event = await caller.events.update({ id: event.id, version: event.version, descriptionEn: "Bring ID" });
    expect([event.version, event.sequence]).toEqual([2, 0]);
    // Sending the same values again changes nothing at all.
    event = await caller.events.update({ id: event.id, version: event.version, descriptionEn: "Bring ID" });
    expect([event.version, event.sequence]).toEqual([2, 0]);
    event = await caller.events.update({
      id: event.id,
      version: event.version,
      endsAt: new Date("2025-01-29T07:00:00Z"),
    });
    expect([event.version, event.sequence]).toEqual([3, 1]);
    event = await caller.events.publish({ id: event.id, version: event.version });
    expect([event.status, event.version, event.sequence]).toEqual(["published", 4, 2]);
    expect(event.publishedAt).toBeInstanceOf(Date);
    event = await caller.events.cancel({ id: event.id, version: event.version });
    expect([event.status, event.sequence]).toEqual(["cancelled", 3]);
  });

  it("refuses an update that would leave no title or end before the start", async () => {
    const { admin } = await createOrg();
    const caller = await callerFor(admin);
    const event = await caller.events.create(eventInput({ titleAr: null }));
    await expect(caller.events.update({ id: event.id, version: 1, titleEn: "  " })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "errors.titleRequired",
    });
    await expect(
      caller.events.update({ id: event.id, version: 1, startsAt: new Date("2025-01-30T05:00:00Z") }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "errors.endBeforeStart" });
    // An Arabic-only event is fine: the other title is missing, not blank.
    const arabicOnly = await caller.events.update({
      id: event.id,
      version: 1,
      titleEn: null,
      titleAr: "ندوة",
    });
    expect([arabicOnly.titleEn, arabicOnly.titleAr]).toEqual([null, "ندوة"]);
  });

  it("shows who changed what, newest first, also after deletion", async () => {
    const { admin, org } = await createOrg();
    const editor = await addUser(org.id, "editor");
    const adminCaller = await callerFor(admin);
    const event = await adminCaller.events.create(eventInput({ status: "draft" }));
    const changed = await (await callerFor(editor)).events.update({
      id: event.id,
      version: 1,
      locationAr: "القاعة",
    });
    const published = await adminCaller.events.publish({ id: event.id, version: changed.version });
    await adminCaller.events.delete({ id: event.id, version: published.version });

    const history = await (await callerFor(editor)).events.history({ id: event.id });
    expect(history.map((entry) => [entry.action, entry.actor?.name])).toEqual([
      ["event.delete", "admin user"],
      ["event.publish", "admin user"],
      ["event.update", "editor user"],
      ["event.create", "admin user"],
    ]);
    expect(history[2]!.changes).toEqual([{ field: "locationAr", from: null, to: "القاعة" }]);
    expect(history[1]!.changes).toEqual([{ field: "status", from: "draft", to: "published" }]);
    expect(history[3]!.changes).toContainEqual({
      field: "startsAt",
      from: null,
      to: "2025-01-29T05:00:00.000Z",
    });
    await expect(adminCaller.events.get({ id: event.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("filters the calendar by category, type, scope, source, status, department and text in both languages", async () => {
    const { admin } = await createOrg();
    const caller = await callerFor(admin);
    const lecture = await caller.categories.create({ nameEn: "Lecture", nameAr: "محاضرة", color: "#1E90FF" });
    expect(lecture.color).toBe("#1e90ff");
    const talk = await caller.events.create(
      eventInput({
        titleEn: "Heritage talk",
        titleAr: "محاضرة عن التراث",
        categoryId: lecture.id,
        type: "international",
      }),
    );
    const fair = await caller.events.create(
      eventInput({
        titleEn: "Book fair",
        titleAr: "معرض الكتاب",
        locationAr: "مَكتبة أحمد",
        scope: "external",
      }),
    );
    const window = { from: new Date("2025-01-01"), to: new Date("2025-02-01") };
    const ids = async (filters: Record<string, unknown>) =>
      (await caller.events.range({ ...window, ...filters })).occurrences.map((o) => o.eventId).sort();

    expect(await ids({})).toEqual([talk.id, fair.id].sort());
    expect(await ids({ categoryIds: [lecture.id] })).toEqual([talk.id]);
    expect(await ids({ types: ["international"] })).toEqual([talk.id]);
    expect(await ids({ scopes: ["external"] })).toEqual([fair.id]);
    expect(await ids({ sources: ["scraped"] })).toEqual([]);
    expect(await ids({ statuses: ["draft"] })).toEqual([]);
    expect(await ids({ q: "HERITAGE" })).toEqual([talk.id]);
    expect(await ids({ q: "التراث" })).toEqual([talk.id]);
    // Arabic spelling variants and diacritics do not matter: احمد finds مَكتبة أحمد.
    expect(await ids({ q: "مكتبة احمد" })).toEqual([fair.id]);
    expect(await ids({ q: "100%" })).toEqual([]);
    const [hospitality] = await getDb()
      .insert(departments)
      .values({ orgId: talk.orgId, nameEn: "Hospitality", nameAr: "الضيافة" })
      .returning();
    await getDb().insert(eventDepartments).values({ eventId: fair.id, departmentId: hospitality!.id });
    expect(await ids({ departmentIds: [hospitality!.id] })).toEqual([fair.id]);
    expect((await caller.events.get({ id: fair.id })).departments).toEqual([
      { id: hospitality!.id, nameEn: "Hospitality", nameAr: "الضيافة" },
    ]);
    expect((await caller.events.get({ id: talk.id })).category).toMatchObject({ nameAr: "محاضرة" });
  });
});
