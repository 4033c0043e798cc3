import { type Database, waMessages } from "@taqweem/db";
import { sendJob, waSendGroup, waSendQueue } from "@taqweem/jobs";
import { and, eq, isNotNull, or, sql } from "drizzle-orm";
import type { PgBoss } from "pg-boss";

/**
 * Puts a message's send back on the queue to run after `delayMs`. Used instead of a pg-boss retry
 * when waiting is not a failure (pacing, a paused or busy session), so retries stay for errors.
 */
export async function deferSend(
  boss: PgBoss,
  messageId: string,
  delayMs: number,
  sessionId?: string | null,
): Promise<Date> {
  const startAfter = new Date(Date.now() + Math.max(0, Math.round(delayMs)));
  await sendJob(boss, waSendQueue, { messageId }, { startAfter, ...waSendGroup(sessionId) });
  return startAfter;
}

/**
 * Sends still held by a worker that died with the session (their jobs stay "active" until pg-boss
 * notices the missing heartbeat), and messages it sent whose acknowledgement it was waiting for.
 * The new owner cancels those stale jobs (they would keep the session's group busy, see
 * waSendGroup) and queues the messages again at once; a duplicate is harmless (the row's status
 * and the derived message id make sending idempotent).
 */
export async function requeueOrphanedSends(db: Database, boss: PgBoss, sessionId: string): Promise<number> {
  const activeJob = sql`select j.id from pgboss.job j where j.name = ${waSendQueue.name} and j.state = 'active' and j.data->>'messageId' = ${waMessages.id}::text`;
  const rows = await db
    .select({
      id: waMessages.id,
      jobIds: sql<string[]>`array(${activeJob})`,
    })
    .from(waMessages)
    .where(
      and(
        eq(waMessages.sessionId, sessionId),
        eq(waMessages.status, "pending"),
        // Out and awaiting an acknowledgement the previous owner was watching for, or in its hands.
        or(isNotNull(waMessages.ackDeadlineAt), sql`exists (${activeJob})`),
      ),
    );
  const stale = rows.flatMap((row) => row.jobIds);
  if (stale.length > 0) await boss.cancel(waSendQueue.name, stale);
  for (const row of rows) await sendJob(boss, waSendQueue, { messageId: row.id }, waSendGroup(sessionId));
  return rows.length;
}
