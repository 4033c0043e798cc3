import {
  type Campaign,
  type CampaignState,
  campaignRecipients,
  campaigns,
  campaignTemplates,
  campaignTemplateVersions,
  type Database,
  waSessions,
} from "@taqweem/db";
import { and, eq, sql } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import { fail } from "../../domain-error";
import { errorKeys } from "../../errors";
import type { Actor } from "../actor";
import { recordAudit } from "../audit";
import type { Tx } from "../tx";
import { resumeSessionSending } from "../whatsapp/sessions";
import { lockCampaign } from "./campaigns";
import { queueDispatch } from "./dispatch-jobs";
import { publishCampaign } from "./publish";
import { snapshotRecipients } from "./snapshot";
import { usesEvent } from "./templates";
import { skipUnreleased, withdrawUnsent } from "./withdraw";

/** Who acts on a campaign: staff (with a user id), or the system (a schedule, a number's trouble). */
export interface CampaignActor {
  orgId: string;
  userId: string | null;
}

function assertState(campaign: Campaign, ...allowed: CampaignState[]) {
  if (!allowed.includes(campaign.state)) fail("conflict", errorKeys.campaignWrongState);
}

async function changeState(
  tx: Tx,
  actor: CampaignActor,
  campaign: Campaign,
  action: string,
  set: Partial<Campaign>,
  diff: Record<string, unknown> = {},
) {
  await tx
    .update(campaigns)
    .set({ ...set, updatedAt: sql`now()` })
    .where(eq(campaigns.id, campaign.id));
  await recordAudit(tx, {
    orgId: actor.orgId,
    actorId: actor.userId,
    action,
    entity: "campaign",
    entityId: campaign.id,
    diff: { from: campaign.state, ...diff },
  });
  await publishCampaign(tx, actor.orgId, campaign.id);
}

/**
 * Starts a draft or scheduled campaign now: fixes the template's current version, snapshots the
 * recipients and queues the dispatcher, all in one transaction (a failure leaves it as it was).
 */
export async function startCampaign(db: Database, boss: PgBoss, actor: CampaignActor, campaignId: string) {
  return db.transaction(async (tx) => {
    const campaign = await lockCampaign(tx, actor.orgId, campaignId);
    assertState(campaign, "draft", "scheduled");
    if (!campaign.templateId || !campaign.sessionId) fail("invalid", errorKeys.campaignIncomplete);
    const [session] = await tx
      .select({ id: waSessions.id })
      .from(waSessions)
      .where(and(eq(waSessions.id, campaign.sessionId), eq(waSessions.orgId, actor.orgId)));
    if (!session) fail("invalid", errorKeys.campaignIncomplete);
    const [version] = await tx
      .select({
        id: campaignTemplateVersions.id,
        bodyEn: campaignTemplateVersions.bodyEn,
        bodyAr: campaignTemplateVersions.bodyAr,
      })
      .from(campaignTemplates)
      .innerJoin(
        campaignTemplateVersions,
        and(
          eq(campaignTemplateVersions.templateId, campaignTemplates.id),
          eq(campaignTemplateVersions.version, campaignTemplates.version),
        ),
      )
      .where(and(eq(campaignTemplates.id, campaign.templateId), eq(campaignTemplates.orgId, actor.orgId)));
    if (!version) fail("invalid", errorKeys.campaignIncomplete);
    if (usesEvent(version) && !campaign.eventId) fail("invalid", errorKeys.campaignNeedsEvent);

    const { recipients, exclusions } = await snapshotRecipients(tx, campaign);
    if (recipients === 0) fail("invalid", errorKeys.campaignNoRecipients);
    await changeState(
      tx,
      actor,
      campaign,
      "campaign.start",
      {
        state: "running",
        templateVersionId: version.id,
        recipientCount: recipients,
        exclusions,
        missedSchedule: false,
        startedAt: new Date(),
      },
      { recipients, exclusions },
    );
    await queueDispatch(tx, boss, campaign.id);
    return { recipients, exclusions };
  });
}

/**
 * Pauses a running campaign: staff, or the dispatcher when the number is in trouble (`reason` says
 * which). Messages not yet tried are taken back, so nothing more goes out until it resumes.
 */
export async function pauseCampaign(
  db: Database,
  actor: CampaignActor,
  campaignId: string,
  reason = "staff",
  tx?: Tx,
) {
  const run = async (t: Tx) => {
    const campaign = await lockCampaign(t, actor.orgId, campaignId);
    assertState(campaign, "running");
    const withdrawn = await withdrawUnsent(t, campaign.id);
    await changeState(
      t,
      actor,
      campaign,
      "campaign.pause",
      {
        state: "paused",
        pauseReason: reason,
        waitingReason: null,
        waitingUntil: null,
      },
      { reason, withdrawn },
    );
    return { state: "paused" as const };
  };
  return tx ? run(tx) : db.transaction(run);
}

/** Resumes a paused campaign; a number whose sending was paused (a restriction) is resumed with it. */
export async function resumeCampaign(db: Database, boss: PgBoss, actor: Actor, campaignId: string) {
  const [current] = await db
    .select({ sessionId: campaigns.sessionId, pausedAt: waSessions.sendingPausedAt })
    .from(campaigns)
    .leftJoin(waSessions, eq(waSessions.id, campaigns.sessionId))
    .where(and(eq(campaigns.id, campaignId), eq(campaigns.orgId, actor.orgId)));
  if (current?.sessionId && current.pausedAt) await resumeSessionSending(db, actor, current.sessionId);
  return db.transaction(async (tx) => {
    const campaign = await lockCampaign(tx, actor.orgId, campaignId);
    assertState(campaign, "paused");
    await changeState(tx, actor, campaign, "campaign.resume", { state: "running", pauseReason: null });
    await queueDispatch(tx, boss, campaign.id);
    return { state: "running" as const };
  });
}

/** Cancels a campaign that has not finished: nothing more goes out; its waiting recipients are skipped. */
export async function cancelCampaign(db: Database, actor: CampaignActor, campaignId: string) {
  return db.transaction(async (tx) => {
    const campaign = await lockCampaign(tx, actor.orgId, campaignId);
    assertState(campaign, "draft", "scheduled", "running", "paused");
    await withdrawUnsent(tx, campaign.id);
    await skipUnreleased(tx, campaign.id, "cancelled");
    await changeState(tx, actor, campaign, "campaign.cancel", {
      state: "cancelled",
      finishedAt: new Date(),
      waitingReason: null,
      waitingUntil: null,
    });
    return { state: "cancelled" as const };
  });
}

/**
 * Sends again to the recipients whose message failed, as a new attempt on the same rows (the
 * earlier attempt goes to their history); the others are left as they are.
 */
export async function retryFailed(db: Database, boss: PgBoss, actor: CampaignActor, campaignId: string) {
  return db.transaction(async (tx) => {
    const campaign = await lockCampaign(tx, actor.orgId, campaignId);
    assertState(campaign, "running", "paused", "completed");
    const retried = await tx
      .update(campaignRecipients)
      .set({
        history: sql`${campaignRecipients.history} || jsonb_build_array(jsonb_build_object(
          'attempt', ${campaignRecipients.attempt}, 'messageId', ${campaignRecipients.messageId},
          'status', ${campaignRecipients.status}, 'error', ${campaignRecipients.error},
          'at', to_char(coalesce(${campaignRecipients.finishedAt}, now()) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')))`,
        attempt: sql`${campaignRecipients.attempt} + 1`,
        status: "queued",
        error: null,
        messageId: null,
        releasedAt: null,
        sentAt: null,
        deliveredAt: null,
        readAt: null,
        finishedAt: null,
      })
      .where(and(eq(campaignRecipients.campaignId, campaign.id), eq(campaignRecipients.status, "failed")))
      .returning({ id: campaignRecipients.id });
    if (retried.length === 0) return { retried: 0 };
    const resume = campaign.state === "completed";
    await changeState(
      tx,
      actor,
      campaign,
      "campaign.retry",
      resume ? { state: "running", finishedAt: null } : {},
      { retried: retried.length },
    );
    if (resume) await queueDispatch(tx, boss, campaign.id);
    return { retried: retried.length };
  });
}

/**
 * The `campaign.start` job at a campaign's scheduled time. A job for an old time does nothing; one
 * that runs too late (nothing was running at the time) marks the campaign for staff to confirm.
 */
export async function startScheduled(
  db: Database,
  boss: PgBoss,
  payload: { campaignId: string; scheduledAt: string },
  graceMs: number,
  now = Date.now(),
) {
  const [campaign] = await db.select().from(campaigns).where(eq(campaigns.id, payload.campaignId));
  if (campaign?.state !== "scheduled" || campaign.scheduledAt?.toISOString() !== payload.scheduledAt)
    return { outcome: "stale" as const };
  const actor = { orgId: campaign.orgId, userId: null };
  if (now - campaign.scheduledAt.getTime() > graceMs) {
    await db.transaction(async (tx) => {
      const locked = await lockCampaign(tx, campaign.orgId, campaign.id);
      if (locked.state !== "scheduled" || locked.missedSchedule) return;
      await changeState(tx, actor, locked, "campaign.schedule_missed", { missedSchedule: true });
    });
    return { outcome: "missed" as const };
  }
  try {
    await startCampaign(db, boss, actor, campaign.id);
    return { outcome: "started" as const };
  } catch (error) {
    // Nothing to send (an empty audience, a template gone): the campaign fails and says why.
    const reason = (error as { key?: string }).key ?? "internal";
    await db.transaction(async (tx) => {
      const locked = await lockCampaign(tx, campaign.orgId, campaign.id);
      await changeState(tx, actor, locked, "campaign.fail", {
        state: "failed",
        failureReason: reason,
        finishedAt: new Date(),
      });
    });
    return { outcome: "failed" as const, reason };
  }
}
