import { dispatchCampaign, startScheduled } from "@taqweem/api";
import {
  type CampaignPacing,
  campaigns,
  contactListMembers,
  contacts,
  defaultWaPacing,
  getDb,
  waMessages,
  waSessions,
} from "@taqweem/db";
import { createBoss } from "@taqweem/jobs";
import type { RunningWorker } from "@taqweem/jobs/runtime";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { callerFor, createOrg } from "../support/fixtures";
import {
  createTemplate,
  fastCampaigns,
  listOfContacts,
  receivedPerPhone,
  recipientsOf,
  startWebJobs,
} from "./campaign-harness";
import {
  exited,
  forgetOtherSessions,
  killAll,
  linkSimulatedSession,
  type SpawnedWorker,
  spawnWorker,
} from "./wa-harness";

const url = inject("databaseUrl");
const boss = createBoss("producer", url);
const running: RunningWorker[] = [];
const spawned: SpawnedWorker[] = [];
beforeAll(async () => {
  await forgetOtherSessions();
  await boss.start();
});
afterAll(async () => {
  await killAll(spawned);
  await Promise.all(running.map((worker) => worker.stop()));
  await boss.stop({ graceful: false });
});

const audienceOf = (listIds: string[]) => ({ listIds, segmentIds: [], contactIds: [], eventIds: [] });
const noLimits: CampaignPacing = { dailyCap: null, quietHours: null };
// Pinned instants in Dubai (UTC+04:00): no result depends on the hour the test runs.
const dubai = (local: string) => new Date(`${local}:00+04:00`).getTime();

async function draft(
  caller: Awaited<ReturnType<typeof callerFor>>,
  sessionId: string | null,
  listIds: string[],
  pacing = noLimits,
) {
  const template = await createTemplate(caller, `T ${crypto.randomUUID().slice(0, 6)}`);
  return caller.campaigns.create({
    name: "Spring invitation",
    templateId: template.id,
    sessionId,
    audience: audienceOf(listIds),
    pacing,
  });
}

// Pacing on (one message in the queue at a time) without its gaps, so a run takes seconds.
const pacedWithoutGaps = {
  ...defaultWaPacing,
  minGapSeconds: 0,
  maxGapSeconds: 0,
  typing: false,
  batchSize: 500,
  batchPauseMinutes: 0,
  hourlyCap: 1000,
  dailyCap: 2000,
};

const statusCounts = async (campaignId: string) => {
  const counts: Record<string, number> = {};
  for (const row of await recipientsOf(campaignId)) counts[row.status] = (counts[row.status] ?? 0) + 1;
  return counts;
};
const stateOf = async (campaignId: string) =>
  (await getDb().select({ state: campaigns.state }).from(campaigns).where(eq(campaigns.id, campaignId)))[0]
    ?.state;

describe("starting a campaign", () => {
  it("snapshots one recipient per number, leaving out opted-out and invalid numbers, counted", async () => {
    const { org, admin } = await createOrg("campaign-snapshot");
    const caller = await callerFor(admin);
    const first = await listOfContacts(org.id, 5, "111");
    const second = await listOfContacts(org.id, 2, "222");
    // Two of the first list are also on the second: reached twice, messaged once.
    await getDb()
      .insert(contactListMembers)
      .values(
        first.contacts.slice(0, 2).map((contact) => ({ listId: second.listId, contactId: contact.id })),
      );
    await getDb()
      .update(contacts)
      .set({ consent: "opted_out" })
      .where(eq(contacts.id, first.contacts[2]!.id));
    await getDb().update(contacts).set({ phone: "0501234" }).where(eq(contacts.id, first.contacts[3]!.id));
    const session = await caller.whatsapp.sessions.create({ name: "Snapshot number" });
    const campaign = await draft(caller, session.id, [first.listId, second.listId]);

    const started = await caller.campaigns.start({ campaignId: campaign.id });
    expect(started).toEqual({ recipients: 5, exclusions: { optedOut: 1, invalidPhone: 1, duplicate: 2 } });
    const rows = await recipientsOf(campaign.id);
    expect(rows.map((row) => row.phone).sort()).toEqual(
      [first.contacts[0], first.contacts[1], first.contacts[4], ...second.contacts]
        .map((c) => c!.phone)
        .sort(),
    );
    expect(rows.every((row) => row.status === "queued" && row.messageId === null)).toBe(true);
    // The version it started with is kept when the template changes later.
    const [row] = await getDb().select().from(campaigns).where(eq(campaigns.id, campaign.id));
    expect(row!.state).toBe("running");
    const saved = await caller.campaigns.templates.save({
      id: row!.templateId!,
      name: "Renamed",
      bodyEn: "Version two {{contact.name}}",
      bodyAr: "النسخة الثانية {{contact.name}}",
    });
    expect(saved.version).toBe(2);
    const versions = await caller.campaigns.templates.versions({ templateId: row!.templateId! });
    expect(versions.map((version) => version.version)).toEqual([2, 1]);
    const [after] = await getDb().select().from(campaigns).where(eq(campaigns.id, campaign.id));
    expect(after!.templateVersionId).toBe(versions[1]!.id);
  });

  it("adds contacts chosen one by one, once per number, and names them for the form", async () => {
    const { org, admin } = await createOrg("campaign-chosen");
    const caller = await callerFor(admin);
    const listed = await listOfContacts(org.id, 2, "557");
    const outside = await listOfContacts(org.id, 1, "558");
    const session = await caller.whatsapp.sessions.create({ name: "Chosen number" });
    const template = await createTemplate(caller, "Chosen");
    const chosenIds = [outside.contacts[0]!.id, listed.contacts[0]!.id];
    const campaign = await caller.campaigns.create({
      name: "Chosen by hand",
      templateId: template.id,
      sessionId: session.id,
      audience: { ...audienceOf([listed.listId]), contactIds: chosenIds },
      pacing: noLimits,
    });
    const shown = await caller.campaigns.get({ campaignId: campaign.id });
    expect(shown.chosenContacts.map((contact) => contact.id).sort()).toEqual([...chosenIds].sort());
    expect(shown.chosenContacts.every((contact) => contact.nameEn && contact.phone)).toBe(true);

    const started = await caller.campaigns.start({ campaignId: campaign.id });
    expect(started).toEqual({ recipients: 3, exclusions: { optedOut: 0, invalidPhone: 0, duplicate: 1 } });
  });

  it("refuses a template with a variable campaigns do not have, naming it", async () => {
    const { admin } = await createOrg("campaign-variable");
    const caller = await callerFor(admin);
    await expect(
      caller.campaigns.templates.save({ name: "Bad", bodyEn: "Hi {{contact.phone}}", bodyAr: "مرحبا" }),
    ).rejects.toMatchObject({
      cause: { key: "errors.campaignTemplateVariable", details: { variable: "contact.phone" } },
    });
  });

  it("waits for staff when its scheduled time passed while nothing ran", async () => {
    const { org, admin } = await createOrg("campaign-missed");
    const caller = await callerFor(admin);
    const { listId } = await listOfContacts(org.id, 2, "333");
    const session = await caller.whatsapp.sessions.create({ name: "Missed number" });
    const template = await createTemplate(caller);
    const scheduledAt = new Date(Date.now() + 60 * 60_000);
    const campaign = await caller.campaigns.create({
      name: "Late",
      templateId: template.id,
      sessionId: session.id,
      audience: audienceOf([listId]),
      pacing: noLimits,
      scheduledAt,
    });
    expect(campaign.state).toBe("scheduled");
    // The job runs three hours after its time (the system was down).
    const outcome = await startScheduled(
      getDb(),
      boss,
      { campaignId: campaign.id, scheduledAt: scheduledAt.toISOString() },
      fastCampaigns.startGraceSeconds * 1000,
      scheduledAt.getTime() + 3 * 3_600_000,
    );
    expect(outcome).toEqual({ outcome: "missed" });
    const [row] = await getDb().select().from(campaigns).where(eq(campaigns.id, campaign.id));
    expect(row).toMatchObject({ state: "scheduled", missedSchedule: true, recipientCount: 0 });
    expect(await recipientsOf(campaign.id)).toEqual([]);
    // Staff confirm: it starts now.
    await caller.campaigns.start({ campaignId: campaign.id });
    expect(await stateOf(campaign.id)).toBe("running");
  });
});

describe("the dispatcher's policy across midnight in Dubai", () => {
  it("holds a campaign in quiet hours and past its daily cap until the next local morning", async () => {
    const { org, admin } = await createOrg("campaign-quiet");
    const caller = await callerFor(admin);
    const { listId } = await listOfContacts(org.id, 4, "444");
    const session = await caller.whatsapp.sessions.create({ name: "Quiet number" });
    await getDb().update(waSessions).set({ status: "connected" }).where(eq(waSessions.id, session.id));
    const campaign = await draft(caller, session.id, [listId], {
      dailyCap: 2,
      quietHours: { start: "21:00", end: "08:00" },
    });
    await caller.campaigns.start({ campaignId: campaign.id });
    const seq = async () =>
      (await getDb().select().from(campaigns).where(eq(campaigns.id, campaign.id)))[0]!.dispatchSeq;
    const run = async (now: number) =>
      dispatchCampaign(getDb(), boss, { campaignId: campaign.id, seq: await seq() }, fastCampaigns, now);

    expect(await run(dubai("2027-03-10T23:30"))).toMatchObject({
      outcome: "waiting",
      reason: "quiet_hours",
      until: new Date(dubai("2027-03-11T08:00")).toISOString(),
    });
    // Pacing is on (the default): one message in the number's queue at a time.
    expect(await run(dubai("2027-03-11T08:00"))).toMatchObject({ outcome: "released", count: 1 });
    expect(await run(dubai("2027-03-11T08:01"))).toMatchObject({ outcome: "waiting", reason: "pacing" });
    const sendFirst = async () => {
      const [released] = (await recipientsOf(campaign.id)).filter(
        (r) => r.messageId && r.status === "queued",
      );
      await getDb()
        .update(waMessages)
        .set({ status: "sent", sentAt: new Date() })
        .where(eq(waMessages.id, released!.messageId!));
    };
    await sendFirst();
    expect(await run(dubai("2027-03-11T08:02"))).toMatchObject({ outcome: "released", count: 1 });
    await sendFirst();
    // Two released on the 11th in Dubai: the cap holds the rest until the 12th's first open minute.
    expect(await run(dubai("2027-03-11T20:00"))).toMatchObject({
      outcome: "waiting",
      reason: "daily_cap",
      until: new Date(dubai("2027-03-12T08:00")).toISOString(),
    });
    expect(await statusCounts(campaign.id)).toEqual({ sent: 2, queued: 2 });
  });
});

describe("a running campaign with the simulator", { timeout: 120_000 }, () => {
  it("sends to everyone once, survives a SIGKILL of the worker, pauses, resumes and retries only the failed", async () => {
    running.push(await startWebJobs(url));
    const { org, admin } = await createOrg("campaign-run");
    const caller = await callerFor(admin);
    spawned.push(await spawnWorker(url));
    const sessionId = await linkSimulatedSession(caller, "Campaign number");
    await caller.whatsapp.sessions.updatePacing({ sessionId, pacing: pacedWithoutGaps });
    const { listId, contacts: people } = await listOfContacts(org.id, 40, "555");
    const campaign = await draft(caller, sessionId, [listId]);
    await caller.campaigns.start({ campaignId: campaign.id });

    // Mid-campaign the owner is killed outright; a new worker takes the number over once the dead
    // one's lease has run out (a takeover of an expired lease after a restart).
    await expect
      .poll(async () => (await statusCounts(campaign.id)).queued ?? 0, { timeout: 30_000 })
      .toBeLessThan(30);
    spawned[0]!.child.kill("SIGKILL");
    await exited(spawned[0]!.child);
    spawned.push(await spawnWorker(url));

    // A contact whose turn has not come opts out after the snapshot: skipped then, with the reason.
    const waiting = (await recipientsOf(campaign.id)).find(
      (row) => row.status === "queued" && !row.messageId,
    );
    const late = people.find((person) => person.phone === waiting!.phone)!;
    await getDb().update(contacts).set({ consent: "opted_out" }).where(eq(contacts.id, late.id));

    await expect.poll(() => stateOf(campaign.id), { timeout: 60_000 }).toBe("completed");
    const rows = await recipientsOf(campaign.id);
    expect(rows.find((row) => row.phone === late.phone)).toMatchObject({
      status: "skipped",
      error: "opted_out",
    });
    const reached = rows.filter((row) => row.phone !== late.phone);
    expect(reached.every((row) => ["sent", "delivered", "read"].includes(row.status))).toBe(true);
    const perPhone = await receivedPerPhone(sessionId);
    expect(perPhone.size).toBe(39);
    // What the campaign page shows: every recipient done, counted by state.
    const progress = await caller.campaigns.progress({ campaignId: campaign.id });
    expect(progress).toMatchObject({ state: "completed", total: 40, done: 40, estimatedFinish: null });
    expect(progress.counts.skipped).toBe(1);
    expect(progress.counts.sent + progress.counts.delivered + progress.counts.read).toBe(39);
    const analytics = await caller.campaigns.analytics({ campaignId: campaign.id });
    expect(analytics.byLanguage.map((row) => [row.language, row.recipients])).toEqual([
      ["en", 20],
      ["ar", 20],
    ]);
    expect(analytics.reasons).toEqual([{ status: "skipped", reason: "opted_out", count: 1 }]);
    expect([...perPhone.values()].every((n) => n === 1)).toBe(true);

    // Two recipients' messages fail; staff retry only those, as a second attempt on the same rows.
    const failedIds = reached.slice(0, 2).map((row) => row.messageId!);
    await getDb()
      .update(waMessages)
      .set({ status: "failed", error: "rejected:404" })
      .where(inArray(waMessages.id, failedIds));
    expect((await statusCounts(campaign.id)).failed).toBe(2);
    expect(await caller.campaigns.retryFailed({ campaignId: campaign.id })).toEqual({ retried: 2 });
    await expect.poll(() => stateOf(campaign.id), { timeout: 30_000 }).toBe("completed");
    const retried = (await recipientsOf(campaign.id)).filter((row) => row.attempt === 2);
    expect(retried).toHaveLength(2);
    expect(
      retried.every((row) => row.history[0]?.status === "failed" && row.history[0].error === "rejected:404"),
    ).toBe(true);
    expect(retried.every((row) => row.status !== "failed" && !failedIds.includes(row.messageId!))).toBe(true);
    expect((await receivedPerPhone(sessionId)).size).toBe(39);

    // Two recipients reply STOP (one in Arabic) to the number: later campaigns leave them out.
    const [english, arabic] = reached.slice(2, 4);
    await caller.whatsapp.sessions.simulateInbound({ sessionId, from: english!.phone, text: "STOP" });
    await caller.whatsapp.sessions.simulateInbound({ sessionId, from: arabic!.phone, text: "إيقاف" });
    const consentOf = async (phone: string) =>
      (await getDb().select({ consent: contacts.consent }).from(contacts).where(eq(contacts.phone, phone)))[0]
        ?.consent;
    await expect.poll(() => consentOf(english!.phone), { timeout: 20_000 }).toBe("opted_out");
    await expect.poll(() => consentOf(arabic!.phone), { timeout: 20_000 }).toBe("opted_out");
    const again = await draft(caller, sessionId, [listId]);
    const snapshot = await caller.campaigns.start({ campaignId: again.id });
    expect(snapshot).toEqual({ recipients: 37, exclusions: { optedOut: 3, invalidPhone: 0, duplicate: 0 } });
    expect(
      (await recipientsOf(again.id)).some((row) => [english!.phone, arabic!.phone].includes(row.phone)),
    ).toBe(false);
    await caller.campaigns.cancel({ campaignId: again.id });

    // Pause holds everything not yet tried; resume goes on; cancel skips the rest.
    const second = await listOfContacts(org.id, 30, "666");
    const paused = await draft(caller, sessionId, [second.listId]);
    await caller.campaigns.start({ campaignId: paused.id });
    await caller.campaigns.pause({ campaignId: paused.id });
    const afterPause = await statusCounts(paused.id);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const stillPaused = await statusCounts(paused.id);
    expect(stillPaused.queued).toBe(afterPause.queued);
    expect(stillPaused.queued).toBeGreaterThan(0);
    await caller.campaigns.resume({ campaignId: paused.id });
    await expect
      .poll(async () => (await statusCounts(paused.id)).queued ?? 0, { timeout: 30_000 })
      .toBeLessThan(15);
    await caller.campaigns.cancel({ campaignId: paused.id });
    await expect
      .poll(
        async () => {
          const rows = await recipientsOf(paused.id);
          return rows.filter((row) => row.status === "queued").length;
        },
        { timeout: 15_000 },
      )
      .toBe(0);
    const cancelled = await recipientsOf(paused.id);
    const skipped = cancelled.filter((row) => row.status === "skipped");
    expect(skipped.length).toBeGreaterThan(0);
    expect(skipped.every((row) => row.error === "cancelled")).toBe(true);
    // Through pause, resume and cancel, each of this campaign's recipients got at most one message.
    const perPhoneAfter = await receivedPerPhone(sessionId);
    const reachedNow = cancelled.filter((row) => row.status !== "skipped");
    for (const row of cancelled)
      expect(perPhoneAfter.get(row.phone) ?? 0).toBe(row.status === "skipped" ? 0 : 1);
    expect(reachedNow.length + skipped.length).toBe(30);

    const trail = await caller.campaigns.audit({ campaignId: paused.id });
    expect(trail.map((entry) => entry.action)).toEqual([
      "campaign.create",
      "campaign.start",
      "campaign.pause",
      "campaign.resume",
      "campaign.cancel",
    ]);
  });
});
