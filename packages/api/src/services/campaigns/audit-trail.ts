import { auditLog, campaigns, type Database, users } from "@taqweem/db";
import { and, asc, eq, like } from "drizzle-orm";
import { fail } from "../../domain-error";
import { errorKeys } from "../../errors";

/** Who created, changed, started, paused, resumed, retried and cancelled the campaign, and when. */
export async function campaignAuditTrail(db: Database, orgId: string, campaignId: string) {
  const [campaign] = await db
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(and(eq(campaigns.id, campaignId), eq(campaigns.orgId, orgId)));
  if (!campaign) fail("not_found", errorKeys.notFound);
  return db
    .select({
      id: auditLog.id,
      action: auditLog.action,
      at: auditLog.at,
      actorName: users.name,
      diff: auditLog.diff,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(
      and(
        eq(auditLog.orgId, orgId),
        eq(auditLog.entity, "campaign"),
        eq(auditLog.entityId, campaignId),
        like(auditLog.action, "campaign.%"),
      ),
    )
    .orderBy(asc(auditLog.at), asc(auditLog.id));
}
