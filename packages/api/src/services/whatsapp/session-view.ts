import { waLeaseRunning, waMessages, waSessions, workers } from "@taqweem/db";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Executor } from "../tx";

/**
 * A session as the WhatsApp page shows it: state, link details, pacing, the worker holding it and
 * what it sent lately.
 */
export async function listSessionViews(db: Executor, orgId: string, sessionId?: string) {
  const hourAgo = sql`now() - interval '1 hour'`;
  const dayAgo = sql`now() - interval '24 hours'`;
  return db
    .select({
      id: waSessions.id,
      name: waSessions.name,
      transport: waSessions.transport,
      status: waSessions.status,
      phone: waSessions.phone,
      lastError: waSessions.lastError,
      wanted: waSessions.wanted,
      linkMethod: waSessions.linkMethod,
      pairingPhone: waSessions.pairingPhone,
      qr: waSessions.qr,
      qrExpiresAt: waSessions.qrExpiresAt,
      pairingCode: waSessions.pairingCode,
      linkedAt: waSessions.linkedAt,
      sendingPausedAt: waSessions.sendingPausedAt,
      sendingPausedReason: waSessions.sendingPausedReason,
      sendingResumeAt: waSessions.sendingResumeAt,
      pacing: waSessions.pacing,
      groupsSyncedAt: waSessions.groupsSyncedAt,
      createdAt: waSessions.createdAt,
      updatedAt: waSessions.updatedAt,
      /** The host of the worker holding the lease, while the lease is valid. */
      workerHost: sql<string | null>`case when ${waLeaseRunning} then ${workers.host} end`,
      pendingCount: sql<number>`(select count(*)::int from ${waMessages} where ${waMessages.sessionId} = ${waSessions.id} and ${waMessages.status} = 'pending')`,
      sentLastHour: sql<number>`(select count(*)::int from ${waMessages} where ${waMessages.sessionId} = ${waSessions.id} and ${waMessages.sentAt} > ${hourAgo})`,
      sentLastDay: sql<number>`(select count(*)::int from ${waMessages} where ${waMessages.sessionId} = ${waSessions.id} and ${waMessages.sentAt} > ${dayAgo})`,
    })
    .from(waSessions)
    .leftJoin(workers, eq(workers.id, waSessions.leaseOwner))
    .where(and(eq(waSessions.orgId, orgId), sessionId ? eq(waSessions.id, sessionId) : undefined))
    .orderBy(desc(waSessions.createdAt));
}
/** One session's view, or null when it is not in the organisation. */
export async function sessionViewOrNull(db: Executor, orgId: string, sessionId: string) {
  const [view] = await listSessionViews(db, orgId, sessionId);
  return view ?? null;
}
