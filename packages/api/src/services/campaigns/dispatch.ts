import {
  type Campaign,
  type CampaignWaitReason,
  campaignRecipients,
  campaigns,
  campaignTemplateVersions,
  contacts,
  type Database,
  type Locale,
  type WaSession,
  waSessions,
} from "@taqweem/db";
import { campaignDispatchQueue, fromDrizzle, sendJob } from "@taqweem/jobs";
import { and, asc, count, eq, gte, isNull, sql } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { CampaignConfig } from "../../config";
import type { Tx } from "../tx";
import { enqueueWhatsApps } from "../whatsapp/enqueue";
import { renderTemplate } from "../whatsapp/template-render";
import { planDispatch } from "./dispatch-plan";
import { pauseCampaign } from "./lifecycle";
import { localDayOf } from "./local-days";
import { publishCampaign } from "./publish";
import { campaignTemplateValues } from "./template-values";
import { eventForTemplate, orgForTemplate } from "./templates";

export type DispatchOutcome =
  | { outcome: "stale" }
  | { outcome: "paused"; reason: string }
  | { outcome: "completed" }
  | { outcome: "released"; count: number; skipped: number }
  | { outcome: "waiting"; reason: CampaignWaitReason; until: string };

// The number cannot send at all: staff must act (link it again, look into a restriction).
const stoppedStatuses = new Set<WaSession["status"]>(["banned", "logged_out", "failed", "qr_required"]);

type NumberCheck =
  | { kind: "ok" }
  | { kind: "pause"; reason: string }
  | { kind: "wait"; reason: "not_connected" };

/** Whether the number lets the campaign go on, must pause it (and why), or makes it wait a little. */
function numberCheck(session: WaSession | undefined, now: number, config: CampaignConfig): NumberCheck {
  if (!session) return { kind: "pause", reason: "no_session" };
  if (stoppedStatuses.has(session.status)) return { kind: "pause", reason: session.status };
  if (session.sendingPausedAt)
    return { kind: "pause", reason: session.sendingPausedReason ?? "number_paused" };
  if (session.status === "connected") return { kind: "ok" };
  // A worker restart or a lease takeover reconnects within seconds; a longer outage pauses.
  const downFor = now - session.updatedAt.getTime();
  return downFor > config.disconnectGraceSeconds * 1000
    ? { kind: "pause", reason: "disconnected" }
    : { kind: "wait", reason: "not_connected" };
}

/**
 * One run of a campaign's dispatcher (the `campaign.dispatch` job), in one transaction with the
 * campaign locked: pauses it if its number is in trouble; else releases the recipients the policy
 * allows now (quiet hours, daily cap, a small window in the number's queue so its own pacing sets
 * the pace) as wa_messages rows with their `wa.send` jobs, skipping those who opted out since the
 * snapshot; completes it when no one is left; and queues its next run.
 */
export async function dispatchCampaign(
  db: Database,
  boss: PgBoss,
  payload: { campaignId: string; seq: number },
  config: CampaignConfig,
  now = Date.now(),
): Promise<DispatchOutcome> {
  return db.transaction(async (tx) => {
    const [campaign] = await tx
      .select()
      .from(campaigns)
      .where(eq(campaigns.id, payload.campaignId))
      .for("update");
    if (campaign?.state !== "running" || campaign.dispatchSeq !== payload.seq) return { outcome: "stale" };
    const [session] = campaign.sessionId
      ? await tx.select().from(waSessions).where(eq(waSessions.id, campaign.sessionId))
      : [];
    const check = numberCheck(session, now, config);
    if (check.kind === "pause") {
      await pauseCampaign(db, { orgId: campaign.orgId, userId: null }, campaign.id, check.reason, tx);
      return { outcome: "paused", reason: check.reason };
    }

    const [counts] = await tx
      .select({
        queued: count(),
        inFlight: sql<number>`count(*) filter (where ${campaignRecipients.messageId} is not null)::int`,
      })
      .from(campaignRecipients)
      .where(and(eq(campaignRecipients.campaignId, campaign.id), eq(campaignRecipients.status, "queued")));
    if (counts!.queued === 0) {
      await finish(tx, campaign);
      return { outcome: "completed" };
    }
    if (check.kind === "wait") return wait(tx, boss, campaign, check.reason, now + config.tickMs, now);

    const org = await orgForTemplate(tx, campaign.orgId);
    const policy = { timeZone: org.timeZone, ...campaign.pacing };
    const dayStart = localDayOf(now, org.timeZone, null).start;
    const [today] = await tx
      .select({ n: count() })
      .from(campaignRecipients)
      .where(
        and(
          eq(campaignRecipients.campaignId, campaign.id),
          gte(campaignRecipients.releasedAt, new Date(dayStart)),
        ),
      );
    const step = planDispatch({
      now,
      policy,
      releasedToday: today!.n,
      inFlight: counts!.inFlight,
      window: session!.pacing.enabled ? 1 : config.unpacedWindow,
    });
    if (step.kind === "wait") {
      const until = step.reason === "pacing" ? now + config.tickMs : step.until;
      return wait(tx, boss, campaign, step.reason, until, now);
    }
    const released = await release(tx, boss, campaign, org, step.count, new Date(now));
    await next(tx, boss, campaign, now + config.tickMs, { waitingReason: "pacing", waitingUntil: null });
    return { outcome: "released", ...released };
  });
}

async function next(
  tx: Tx,
  boss: PgBoss,
  campaign: Campaign,
  at: number,
  set: Pick<Campaign, "waitingReason" | "waitingUntil">,
) {
  const seq = campaign.dispatchSeq + 1;
  await tx
    .update(campaigns)
    .set({ ...set, dispatchSeq: seq })
    .where(eq(campaigns.id, campaign.id));
  // Open campaign pages show why it waits: tell them when that changes (e.g. to the pacing gap
  // after a resume), not on every tick.
  if (
    campaign.waitingReason !== set.waitingReason ||
    campaign.waitingUntil?.getTime() !== set.waitingUntil?.getTime()
  )
    await publishCampaign(tx, campaign.orgId, campaign.id);
  await sendJob(
    boss,
    campaignDispatchQueue,
    { campaignId: campaign.id, seq },
    { startAfter: new Date(at), db: fromDrizzle(tx, sql) },
  );
}

async function wait(
  tx: Tx,
  boss: PgBoss,
  campaign: Campaign,
  reason: CampaignWaitReason,
  until: number,
  now: number,
) {
  const waitingUntil = until > now + 60_000 ? new Date(until) : null;
  await next(tx, boss, campaign, until, { waitingReason: reason, waitingUntil });
  return { outcome: "waiting" as const, reason, until: new Date(until).toISOString() };
}

async function finish(tx: Tx, campaign: Campaign) {
  await tx
    .update(campaigns)
    .set({
      state: "completed",
      finishedAt: new Date(),
      waitingReason: null,
      waitingUntil: null,
      updatedAt: new Date(),
    })
    .where(eq(campaigns.id, campaign.id));
  await publishCampaign(tx, campaign.orgId, campaign.id);
}

/**
 * Hands the next `limit` waiting recipients to the number: their message in their language from the
 * campaign's fixed template version, with their contact's values as they are now. A contact who
 * opted out (or was deleted) since the snapshot is skipped with the reason instead.
 */
async function release(
  tx: Tx,
  boss: PgBoss,
  campaign: Campaign,
  org: Awaited<ReturnType<typeof orgForTemplate>>,
  limit: number,
  now: Date,
) {
  const rows = await tx
    .select({
      id: campaignRecipients.id,
      phone: campaignRecipients.phone,
      language: campaignRecipients.language,
      contact: {
        id: contacts.id,
        nameEn: contacts.nameEn,
        nameAr: contacts.nameAr,
        honorific: contacts.honorific,
        organisation: contacts.organisation,
        position: contacts.position,
        consent: contacts.consent,
        deletedAt: contacts.deletedAt,
      },
    })
    .from(campaignRecipients)
    .leftJoin(contacts, eq(contacts.id, campaignRecipients.contactId))
    .where(
      and(
        eq(campaignRecipients.campaignId, campaign.id),
        eq(campaignRecipients.status, "queued"),
        isNull(campaignRecipients.messageId),
      ),
    )
    .orderBy(asc(campaignRecipients.id))
    .limit(limit);
  if (rows.length === 0) return { count: 0, skipped: 0 };

  const [version] = await tx
    .select({ bodyEn: campaignTemplateVersions.bodyEn, bodyAr: campaignTemplateVersions.bodyAr })
    .from(campaignTemplateVersions)
    .where(eq(campaignTemplateVersions.id, campaign.templateVersionId!));
  const event = campaign.eventId
    ? await eventForTemplate(tx, campaign.orgId, campaign.eventId).catch(() => null)
    : null;

  const skipped: { id: string; reason: string }[] = [];
  const sending: typeof rows = [];
  for (const row of rows) {
    if (!row.contact?.id || row.contact.deletedAt) skipped.push({ id: row.id, reason: "contact_removed" });
    else if (row.contact.consent === "opted_out") skipped.push({ id: row.id, reason: "opted_out" });
    else sending.push(row);
  }
  const bodyOf = (language: Locale) => (language === "ar" ? version!.bodyAr : version!.bodyEn);
  const messageIds = await enqueueWhatsApps(
    tx,
    boss,
    sending.map((row) => ({
      orgId: campaign.orgId,
      sessionId: campaign.sessionId,
      recipientType: "contact" as const,
      recipient: row.phone,
      body: renderTemplate(
        bodyOf(row.language),
        campaignTemplateValues({ contact: row.contact!, event, org }, row.language),
      ),
      language: row.language,
      purpose: "campaign" as const,
      template: campaign.templateVersionId,
      entity: "campaign_recipient",
      entityId: row.id,
    })),
  );
  if (sending.length > 0)
    await tx.execute(sql`
      update ${campaignRecipients} r set message_id = m.message_id, released_at = ${now.toISOString()}::timestamptz
      from unnest(${`{${sending.map((row) => row.id).join(",")}}`}::uuid[], ${`{${messageIds.join(",")}}`}::uuid[])
        as m(recipient_id, message_id)
      where r.id = m.recipient_id`);
  for (const { id, reason } of skipped)
    await tx
      .update(campaignRecipients)
      .set({ status: "skipped", error: reason, finishedAt: new Date() })
      .where(eq(campaignRecipients.id, id));
  if (skipped.length > 0) await publishCampaign(tx, campaign.orgId, campaign.id);
  return { count: sending.length, skipped: skipped.length };
}
