import { campaignRecipients, campaigns, type Database } from "@taqweem/db";
import { and, eq, sql } from "drizzle-orm";
import { fail } from "../../domain-error";
import { errorKeys } from "../../errors";
import type { Executor } from "../tx";
import { orgForTemplate } from "./templates";

/**
 * Delivery and read rates (of the messages sent), per language; sends and reads per hour in the
 * organisation's zone; failures and skips by reason.
 */
export async function campaignAnalytics(db: Database, orgId: string, campaignId: string) {
  const [campaign] = await db
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(and(eq(campaigns.id, campaignId), eq(campaigns.orgId, orgId)));
  if (!campaign) fail("not_found", errorKeys.notFound);
  const { timeZone } = await orgForTemplate(db, orgId);
  const r = campaignRecipients;
  const byLanguage = await db
    .select({
      language: r.language,
      recipients: sql<number>`count(*)::int`,
      sent: sql<number>`count(${r.sentAt})::int`,
      delivered: sql<number>`count(${r.deliveredAt})::int`,
      read: sql<number>`count(${r.readAt})::int`,
      failed: sql<number>`count(*) filter (where ${r.status} = 'failed')::int`,
    })
    .from(r)
    .where(eq(r.campaignId, campaignId))
    .groupBy(r.language)
    .orderBy(r.language);
  const overTime = await hourly(db, campaignId, timeZone);
  const reasons = await db
    .select({
      status: r.status,
      reason: sql<string>`coalesce(${r.error}, 'unknown')`,
      count: sql<number>`count(*)::int`,
    })
    .from(r)
    .where(and(eq(r.campaignId, campaignId), sql`${r.status} in ('failed', 'skipped')`))
    .groupBy(r.status, sql`coalesce(${r.error}, 'unknown')`)
    .orderBy(sql`count(*) desc`);
  const total = byLanguage.reduce(
    (sum, row) => ({
      sent: sum.sent + row.sent,
      delivered: sum.delivered + row.delivered,
      read: sum.read + row.read,
    }),
    { sent: 0, delivered: 0, read: 0 },
  );
  const rate = (part: number, whole: number) => (whole === 0 ? null : part / whole);
  return {
    deliveryRate: rate(total.delivered, total.sent),
    readRate: rate(total.read, total.sent),
    byLanguage: byLanguage.map((row) => ({
      ...row,
      deliveryRate: rate(row.delivered, row.sent),
      readRate: rate(row.read, row.sent),
    })),
    overTime,
    reasons,
    timeZone,
  };
}

/** Sends and reads per local hour ("YYYY-MM-DD HH:00" in the organisation's zone). */
async function hourly(db: Executor, campaignId: string, timeZone: string) {
  const rows = await db.execute<{ hour: string; sent: number; read: number }>(sql`
    with points as (
      select date_trunc('hour', sent_at at time zone ${timeZone}) as hour, 1 as sent, 0 as read
        from campaign_recipients where campaign_id = ${campaignId} and sent_at is not null
      union all
      select date_trunc('hour', read_at at time zone ${timeZone}), 0, 1
        from campaign_recipients where campaign_id = ${campaignId} and read_at is not null
    )
    select to_char(hour, 'YYYY-MM-DD HH24:00') as hour, sum(sent)::int as sent, sum(read)::int as read
    from points group by hour order by hour`);
  return rows.map((row) => ({ hour: row.hour, sent: row.sent, read: row.read }));
}
