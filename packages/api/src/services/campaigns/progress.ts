import { campaignRecipients, campaigns, type Database, waSessions } from "@taqweem/db";
import { and, eq, sql } from "drizzle-orm";
import { fail } from "../../domain-error";
import { errorKeys } from "../../errors";
import { estimateFinish } from "./dispatch-plan";
import { localDayOf } from "./local-days";
import { orgForTemplate } from "./templates";

const PACE_WINDOW_MS = 15 * 60_000;

/**
 * What the campaign page shows live: counts per state, the pace of the last quarter hour, why it
 * is waiting and when it should finish (in the organisation's zone, spreading over days when the
 * daily cap and quiet hours say so).
 */
export async function campaignProgress(db: Database, orgId: string, campaignId: string, now = Date.now()) {
  const [row] = await db
    .select({ campaign: campaigns, pacing: waSessions.pacing, sessionStatus: waSessions.status })
    .from(campaigns)
    .leftJoin(waSessions, eq(waSessions.id, campaigns.sessionId))
    .where(and(eq(campaigns.id, campaignId), eq(campaigns.orgId, orgId)));
  if (!row) fail("not_found", errorKeys.notFound);
  const { campaign } = row;
  const org = await orgForTemplate(db, orgId);
  const [stats] = await db
    .select({
      queued: sql<number>`count(*) filter (where ${campaignRecipients.status} = 'queued')::int`,
      sent: sql<number>`count(*) filter (where ${campaignRecipients.status} = 'sent')::int`,
      delivered: sql<number>`count(*) filter (where ${campaignRecipients.status} = 'delivered')::int`,
      read: sql<number>`count(*) filter (where ${campaignRecipients.status} = 'read')::int`,
      failed: sql<number>`count(*) filter (where ${campaignRecipients.status} = 'failed')::int`,
      skipped: sql<number>`count(*) filter (where ${campaignRecipients.status} = 'skipped')::int`,
      releasedToday: sql<number>`count(*) filter (where ${campaignRecipients.releasedAt} >= ${new Date(localDayOf(now, org.timeZone, null).start).toISOString()}::timestamptz)::int`,
      recentSends: sql<number>`count(*) filter (where ${campaignRecipients.sentAt} >= ${new Date(now - PACE_WINDOW_MS).toISOString()}::timestamptz)::int`,
    })
    .from(campaignRecipients)
    .where(eq(campaignRecipients.campaignId, campaignId));
  const counts = stats!;
  const total = campaign.recipientCount;
  const done = total - counts.queued;
  // Messages an hour: measured over the last quarter hour, else what the number's pacing allows.
  const perHour =
    counts.recentSends > 0 ? Math.round((counts.recentSends * 3_600_000) / PACE_WINDOW_MS) : null;
  const pacing = row.pacing;
  const plannedGapMs = pacing?.enabled
    ? Math.max(((pacing.minGapSeconds + pacing.maxGapSeconds) / 2) * 1000, 3_600_000 / pacing.hourlyCap)
    : 1_000;
  const gapMs = perHour ? 3_600_000 / perHour : plannedGapMs;
  const estimatedFinish =
    campaign.state === "running" && counts.queued > 0
      ? new Date(
          estimateFinish({
            now,
            remaining: counts.queued,
            gapMs,
            policy: { timeZone: org.timeZone, ...campaign.pacing },
            releasedToday: counts.releasedToday,
          }),
        )
      : null;
  return {
    state: campaign.state,
    pauseReason: campaign.pauseReason,
    failureReason: campaign.failureReason,
    missedSchedule: campaign.missedSchedule,
    waitingReason: campaign.state === "running" ? campaign.waitingReason : null,
    waitingUntil: campaign.state === "running" ? campaign.waitingUntil : null,
    total,
    done,
    counts: {
      queued: counts.queued,
      sent: counts.sent,
      delivered: counts.delivered,
      read: counts.read,
      failed: counts.failed,
      skipped: counts.skipped,
    },
    exclusions: campaign.exclusions,
    perHour,
    estimatedFinish,
    timeZone: org.timeZone,
  };
}
