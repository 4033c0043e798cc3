import {
  type Database,
  type WaSession,
  type WaTransport,
  waHasCredentials,
  waLeaseFree,
  waLeaseHeldBy,
  waLeaseRunning,
  waSessions,
  workers,
} from "@taqweem/db";
import { and, asc, count, eq, gt, isNull, not, or, sql } from "drizzle-orm";

/**
 * Session leases in Postgres: a worker owns a session while `lease_owner` is its id and the lease
 * has not expired. Every check uses the database clock, so workers' clocks do not matter.
 */
export function createLeases(
  db: Database,
  options: { workerId: string; ttlMs: number; transport: WaTransport; liveWorkerWindowMs: number },
) {
  const { workerId, transport } = options;
  const expiry = sql`now() + make_interval(secs => ${options.ttlMs / 1000})`;
  // A session linked on one transport cannot run on the other; an unlinked one can run anywhere.
  const runnableHere = or(
    isNull(waSessions.transport),
    eq(waSessions.transport, transport),
    not(waHasCredentials),
  );

  return {
    /** Takes a wanted session whose lease is free or expired (this one, or any); null if none. */
    claim(sessionId?: string): Promise<WaSession | null> {
      return db.transaction(async (tx) => {
        const [candidate] = await tx
          .select({ id: waSessions.id })
          .from(waSessions)
          .where(
            and(
              eq(waSessions.wanted, true),
              waLeaseFree,
              runnableHere,
              sessionId ? eq(waSessions.id, sessionId) : undefined,
            ),
          )
          .orderBy(asc(waSessions.createdAt))
          .limit(1)
          .for("update", { skipLocked: true });
        if (!candidate) return null;
        const [row] = await tx
          .update(waSessions)
          .set({ leaseOwner: workerId, leaseExpiresAt: expiry, transport })
          .where(eq(waSessions.id, candidate.id))
          .returning();
        return row ?? null;
      });
    },

    /** Extends every unexpired lease this worker holds; returns the sessions still held. */
    async renew(): Promise<Set<string>> {
      const rows = await db
        .update(waSessions)
        .set({ leaseExpiresAt: expiry })
        .where(waLeaseHeldBy(workerId))
        .returning({ id: waSessions.id });
      return new Set(rows.map((row) => row.id));
    },

    async release(sessionId: string): Promise<void> {
      await db
        .update(waSessions)
        .set({ leaseOwner: null, leaseExpiresAt: null })
        .where(and(eq(waSessions.id, sessionId), eq(waSessions.leaseOwner, workerId)));
    },

    /** True while another worker's lease on the session is valid. */
    async heldElsewhere(sessionId: string): Promise<boolean> {
      const [row] = await db
        .select({ id: waSessions.id })
        .from(waSessions)
        .where(
          and(eq(waSessions.id, sessionId), sql`${waSessions.leaseOwner} <> ${workerId}`, waLeaseRunning),
        );
      return Boolean(row);
    },

    /** This worker's fair share: the wanted sessions divided among the live wa-workers, rounded up. */
    async fairShare(): Promise<number> {
      const [wanted] = await db.select({ n: count() }).from(waSessions).where(eq(waSessions.wanted, true));
      const [live] = await db
        .select({ n: count() })
        .from(workers)
        .where(
          and(
            eq(workers.kind, "wa-worker"),
            gt(workers.lastSeenAt, sql`now() - make_interval(secs => ${options.liveWorkerWindowMs / 1000})`),
          ),
        );
      return Math.ceil((wanted?.n ?? 0) / Math.max(1, live?.n ?? 1));
    },
  };
}
export type Leases = ReturnType<typeof createLeases>;
