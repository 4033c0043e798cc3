import { events, getDb, scrapedEvents, scrapeImports } from "@taqweem/db";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { addUser, callerFor, createOrg } from "../support/fixtures";
import { finishedRun, importRunNow, resultOf, runRow, scraped } from "../support/scrape";

type Admin = Awaited<ReturnType<typeof createOrg>>["admin"];

async function newSource(admin: Admin, autoImport = false) {
  const caller = await callerFor(admin);
  return caller.sources.create({
    kind: "jsonld",
    name: `Source ${crypto.randomUUID().slice(0, 6)}`,
    baseUrl: "http://127.0.0.1:9/",
    startUrl: "http://127.0.0.1:9/sitemap.xml",
    autoImport,
  });
}

const stagedOf = (sourceId: string) =>
  getDb().select().from(scrapedEvents).where(eq(scrapedEvents.sourceId, sourceId));

const stateOf = async (sourceId: string) =>
  Object.fromEntries((await stagedOf(sourceId)).map((row) => [row.externalId, row.state]));

describe("the scrape importer stages signed results", () => {
  it("counts new, changed, unchanged and gone, and never deletes what is gone", async () => {
    const { admin } = await createOrg("scrape");
    const source = await newSource(admin);
    const first = await finishedRun(
      admin.orgId,
      source.id,
      resultOf([scraped(source.id, "a", 5), scraped(source.id, "b", 6), scraped(source.id, "c", 7)]),
    );
    expect(await importRunNow(first.id)).toMatchObject({ outcome: "imported" });
    expect(await runRow(first.id)).toMatchObject({ eventsNew: 3, eventsChanged: 0, eventsGone: 0 });

    const second = await finishedRun(
      admin.orgId,
      source.id,
      resultOf([scraped(source.id, "a", 5), scraped(source.id, "b", 6, { titleEn: "Renamed" })]),
    );
    await importRunNow(second.id);
    expect(await runRow(second.id)).toMatchObject({
      eventsNew: 0,
      eventsChanged: 1,
      eventsUnchanged: 1,
      eventsGone: 1,
    });
    expect(await stateOf(source.id)).toEqual({ a: "new", b: "changed", c: "gone" });

    // Staff see both versions of the changed event, and what changed between them.
    const caller = await callerFor(admin);
    const b = (await stagedOf(source.id)).find((row) => row.externalId === "b")!;
    const detail = await caller.sources.staged({ id: b.id });
    expect(detail.versions).toHaveLength(2);
    expect(detail.versionChanges).toEqual([{ field: "titleEn", from: "Event b", to: "Renamed" }]);
    const [newer, older] = detail.versions;
    expect((await caller.sources.compare({ id: b.id, from: older!.id, to: newer!.id })).changes).toHaveLength(
      1,
    );

    // An incomplete run (a listing page failed) marks nothing gone.
    const partial = await finishedRun(admin.orgId, source.id, resultOf([scraped(source.id, "a", 5)], false));
    await importRunNow(partial.id);
    expect((await runRow(partial.id)).eventsGone).toBe(0);
    expect(await stagedOf(source.id)).toHaveLength(3);
  });

  it("marks a run that finds none, or far fewer than the last good run, suspect and changes nothing", async () => {
    const { admin } = await createOrg("scrape");
    const source = await newSource(admin);
    const many = ["a", "b", "c", "d"].map((id) => scraped(source.id, id, 5));
    await importRunNow((await finishedRun(admin.orgId, source.id, resultOf(many))).id);
    const before = await stagedOf(source.id);

    const fewer = await finishedRun(
      admin.orgId,
      source.id,
      resultOf([scraped(source.id, "a", 5, { titleEn: "X" })]),
    );
    expect(await importRunNow(fewer.id)).toEqual({ outcome: "suspect", reason: "far_fewer" });
    const none = await finishedRun(admin.orgId, source.id, resultOf([]));
    expect(await importRunNow(none.id)).toEqual({ outcome: "suspect", reason: "none_found" });

    expect(await runRow(none.id)).toMatchObject({
      status: "suspect",
      refusalReason: "none_found",
      eventsGone: 0,
    });
    expect(await stagedOf(source.id)).toEqual(before);
    const runs = await (await callerFor(admin)).sources.runs({ sourceId: source.id });
    expect(runs.items.map((run) => run.status)).toEqual(["suspect", "suspect", "succeeded"]);
  });

  it("refuses unsigned, tampered, too old and replayed results, records why, and writes nothing", async () => {
    const { admin } = await createOrg("scrape");
    const source = await newSource(admin);
    const result = resultOf([scraped(source.id, "a", 5)]);
    const cases = [
      { signing: { signature: "" }, reason: "unsigned" },
      {
        signing: { tamper: (r: typeof result) => resultOf([{ ...r.events[0]!, titleEn: "Injected" }]) },
        reason: "bad_signature",
      },
      { signing: { signedAt: new Date(Date.now() - 2 * 3_600_000) }, reason: "too_old" },
    ];
    for (const { signing, reason } of cases) {
      const run = await finishedRun(admin.orgId, source.id, result, signing);
      expect(await importRunNow(run.id)).toEqual({ outcome: "refused", reason });
      expect(await runRow(run.id)).toMatchObject({ status: "refused", refusalReason: reason });
    }
    expect(await stagedOf(source.id)).toEqual([]);

    const good = await finishedRun(admin.orgId, source.id, result);
    expect(await importRunNow(good.id)).toMatchObject({ outcome: "imported" });
    const staged = await stagedOf(source.id);
    // The same run id again: refused as a replay, counted, and the staged event is untouched.
    expect(await importRunNow(good.id)).toEqual({ outcome: "replayed" });
    const [record] = await getDb().select().from(scrapeImports).where(eq(scrapeImports.runId, good.id));
    expect(record).toMatchObject({ outcome: "imported", replaysRefused: 1 });
    expect(await stagedOf(source.id)).toEqual(staged);
    expect(await runRow(good.id)).toMatchObject({ status: "succeeded", eventsNew: 1 });
  });
});

describe("importing and reviewing staged events", () => {
  it("never overwrites a staff edit: the source's changes wait as a diff, accepted field by field", async () => {
    const { admin, org } = await createOrg("scrape");
    const editor = await addUser(org.id, "editor");
    const source = await newSource(admin);
    await importRunNow(
      (await finishedRun(admin.orgId, source.id, resultOf([scraped(source.id, "a", 5)]))).id,
    );
    const [staged] = await stagedOf(source.id);

    const caller = await callerFor(editor);
    const imported = await caller.sources.import({ id: staged!.id, status: "draft", categoryId: null });
    expect(imported).toMatchObject({
      titleEn: "Event a",
      locationEn: "ADNEC",
      source: "scraped",
      status: "draft",
    });
    expect((await caller.sources.review({})).items).toEqual([]);
    const edited = await caller.events.update({
      id: imported.id,
      version: imported.version,
      locationEn: "Hall 5",
    });

    const changed = scraped(source.id, "a", 5, { titleEn: "Event a (new name)", venueEn: "Hall 9" });
    const run = await finishedRun(admin.orgId, source.id, resultOf([changed]));
    await importRunNow(run.id);
    const event = await caller.events.get({ id: imported.id });
    expect(event).toMatchObject({ titleEn: "Event a", locationEn: "Hall 5" });

    const detail = await caller.sources.staged({ id: staged!.id });
    expect(detail.pendingChanges).toEqual([
      { field: "titleEn", current: "Event a", source: "Event a (new name)" },
      { field: "locationEn", current: "Hall 5", source: "Hall 9" },
    ]);
    expect((await caller.sources.review({})).items.map((item) => item.id)).toEqual([staged!.id]);

    await caller.sources.accept({ id: staged!.id, field: "titleEn", eventVersion: edited.version });
    expect(await caller.events.get({ id: imported.id })).toMatchObject({
      titleEn: "Event a (new name)",
      locationEn: "Hall 5",
    });
    // Entries of one transaction share a time, so each pair is compared without its order.
    const history = await caller.events.history({ id: imported.id });
    const actions = history.map((entry) => entry.action);
    expect(actions.slice(0, 2).sort()).toEqual(["event.source_accept", "event.update"]);
    expect(actions.slice(-2).sort()).toEqual(["event.create", "event.source_import"]);
    expect(history.find((entry) => entry.action === "event.source_accept")).toMatchObject({
      sourceRunId: run.id,
      sourceFields: ["titleEn"],
      actor: { id: editor.userId },
    });
    expect(history.find((entry) => entry.action === "event.update")?.changes).toEqual([
      { field: "titleEn", from: "Event a", to: "Event a (new name)" },
    ]);

    await caller.sources.dismiss({ id: staged!.id });
    expect((await caller.sources.staged({ id: staged!.id })).pendingChanges).toEqual([]);
    expect((await caller.sources.review({})).items).toEqual([]);
  });

  it("does not update an imported event staff never edited either: the change waits to be accepted", async () => {
    const { admin } = await createOrg("scrape");
    const source = await newSource(admin, true);
    await importRunNow(
      (await finishedRun(admin.orgId, source.id, resultOf([scraped(source.id, "a", 5)]))).id,
    );
    const [staged] = await stagedOf(source.id);
    const moved = scraped(source.id, "a", 5, { startsAt: "2099-01-01T06:00:00.000Z", endsAt: null });
    await importRunNow((await finishedRun(admin.orgId, source.id, resultOf([moved]))).id);

    const caller = await callerFor(admin);
    const event = await caller.events.get({ id: staged!.eventId! });
    expect(event.version).toBe(1);
    expect(event.startsAt.getFullYear()).toBeLessThan(2099);
    const detail = await caller.sources.staged({ id: staged!.id });
    expect(detail.pendingChanges.map((change) => change.field)).toEqual(["times"]);
    expect(detail.needsReview).toBe(true);
  });

  it("does not ask staff again about a change to a field they chose to ignore", async () => {
    const { admin } = await createOrg("scrape");
    const source = await newSource(admin, true);
    await importRunNow(
      (await finishedRun(admin.orgId, source.id, resultOf([scraped(source.id, "a", 5)]))).id,
    );
    const [staged] = await stagedOf(source.id);
    const caller = await callerFor(admin);
    await caller.sources.ignore({ id: staged!.id, field: "titleEn" });

    const renamed = scraped(source.id, "a", 5, { titleEn: "Event a, renamed" });
    await importRunNow((await finishedRun(admin.orgId, source.id, resultOf([renamed]))).id);
    const detail = await caller.sources.staged({ id: staged!.id });
    expect(detail).toMatchObject({ state: "changed", needsReview: false, pendingChanges: [] });
    expect((await caller.sources.review({ sourceId: source.id })).items).toEqual([]);

    const moved = scraped(source.id, "a", 6, { titleEn: "Event a, renamed" });
    await importRunNow((await finishedRun(admin.orgId, source.id, resultOf([moved]))).id);
    const again = await caller.sources.staged({ id: staged!.id });
    expect(again.pendingChanges.map((change) => change.field)).toEqual(["times"]);
    expect(again.needsReview).toBe(true);
  });

  it("flags an imported event gone from the source on the calendar event, without deleting it", async () => {
    const { admin } = await createOrg("scrape");
    const source = await newSource(admin);
    const both = [scraped(source.id, "a", 5), scraped(source.id, "b", 6)];
    await importRunNow((await finishedRun(admin.orgId, source.id, resultOf(both))).id);
    const a = (await stagedOf(source.id)).find((row) => row.externalId === "a")!;
    const caller = await callerFor(admin);
    const imported = await caller.sources.import({ id: a.id, status: "published", categoryId: null });
    expect((await caller.events.get({ id: imported.id })).fromSource).toMatchObject({ gone: false });

    await importRunNow((await finishedRun(admin.orgId, source.id, resultOf([both[1]!]))).id);
    expect((await caller.events.get({ id: imported.id })).fromSource).toMatchObject({
      stagedEventId: a.id,
      gone: true,
    });
    expect(await getDb().select().from(events).where(eq(events.id, imported.id))).toHaveLength(1);
  });

  it("imports new events of an auto-import source by the system, as drafts or published as the source says", async () => {
    const { admin } = await createOrg("scrape");
    const caller = await callerFor(admin);
    const source = await newSource(admin, true);
    await importRunNow(
      (await finishedRun(admin.orgId, source.id, resultOf([scraped(source.id, "a", 5)]))).id,
    );
    const [staged] = await stagedOf(source.id);
    expect(staged).toMatchObject({ needsReview: false });
    const event = await caller.events.get({ id: staged!.eventId! });
    expect(event).toMatchObject({ status: "draft", titleEn: "Event a", createdBy: null });

    await caller.sources.update({ id: source.id, autoImportStatus: "published" });
    const both = [scraped(source.id, "a", 5), scraped(source.id, "b", 6)];
    await importRunNow((await finishedRun(admin.orgId, source.id, resultOf(both))).id);
    const b = (await stagedOf(source.id)).find((row) => row.externalId === "b")!;
    expect(await caller.events.get({ id: b.eventId! })).toMatchObject({
      status: "published",
      titleEn: "Event b",
    });
    await expect(
      caller.sources.update({ id: source.id, autoImportStatus: "archived" as "draft" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("keeps organisations apart and lets only the allowed roles review and manage", async () => {
    const { admin, org } = await createOrg("scrape");
    const source = await newSource(admin);
    await importRunNow(
      (await finishedRun(admin.orgId, source.id, resultOf([scraped(source.id, "a", 5)]))).id,
    );
    const [staged] = await stagedOf(source.id);

    const stranger = (await createOrg("other")).admin;
    const theirs = await callerFor(stranger);
    await expect(theirs.sources.staged({ id: staged!.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      theirs.sources.import({ id: staged!.id, status: "draft", categoryId: null }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await theirs.sources.list()).toEqual([]);
    await expect(theirs.sources.runNow({ id: source.id })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const viewer = await callerFor(await addUser(org.id, "viewer"));
    await expect(viewer.sources.review({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    const editor = await callerFor(await addUser(org.id, "editor"));
    expect((await editor.sources.review({})).items).toHaveLength(1);
    await expect(editor.sources.update({ id: source.id, autoImport: true })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("validates sources and refuses Run now while a run of the source is in progress", async () => {
    const { admin } = await createOrg("scrape");
    const caller = await callerFor(admin);
    const source = await newSource(admin);
    await expect(caller.sources.update({ id: source.id, schedule: "every monday" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(
      caller.sources.update({ id: source.id, baseUrl: "ftp://example.test" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(await caller.sources.update({ id: source.id, schedule: "0 6 * * 1" })).toMatchObject({
      schedule: "0 6 * * 1",
    });

    const run = await caller.sources.runNow({ id: source.id });
    expect(run).toMatchObject({ status: "queued", trigger: "manual" });
    await expect(caller.sources.runNow({ id: source.id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "errors.sourceRunInProgress",
    });
  });
});
