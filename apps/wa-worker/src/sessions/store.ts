import { type Database, type WaSession, waLeaseHeldBy, waSessions } from "@taqweem/db";
import { publishEventInTx, waSessionEvent } from "@taqweem/jobs";
import { and, eq, sql } from "drizzle-orm";
import { type Tx, wipeAuthState } from "../auth/db-auth-state";

/** This worker no longer owns the session: another worker may run it now, so stop touching it. */
export class LeaseLostError extends Error {
  constructor(readonly sessionId: string) {
    super(`lease on WhatsApp session ${sessionId} is lost`);
    this.name = "LeaseLostError";
  }
}

export type SessionPatch = Partial<
  Pick<
    WaSession,
    | "status"
    | "phone"
    | "lastError"
    | "qr"
    | "qrExpiresAt"
    | "pairingCode"
    | "linkedAt"
    | "wanted"
    | "sendingPausedAt"
    | "sendingPausedReason"
    | "sendingResumeAt"
    | "groupsSyncedAt"
  >
>;

/**
 * Session state as the owning worker writes it: every write is fenced by the lease and publishes
 * the new state (`wa.session`) in the same transaction.
 */
export function createSessionStore(db: Database, workerId: string) {
  const owned = (sessionId: string) => and(eq(waSessions.id, sessionId), waLeaseHeldBy(workerId));

  const write = (
    sessionId: string,
    set: Record<string, unknown>,
    options: { wipeCredentials?: boolean } = {},
  ) =>
    db.transaction(async (tx) => {
      const [row] = await tx
        .update(waSessions)
        .set({ ...set, updatedAt: sql`now()` })
        .where(owned(sessionId))
        .returning();
      if (!row) throw new LeaseLostError(sessionId);
      if (options.wipeCredentials) await wipeAuthState(tx, sessionId);
      await publishEventInTx(tx, waSessionEvent(row));
      return row;
    });

  return {
    async load(sessionId: string): Promise<WaSession | null> {
      const [row] = await db.select().from(waSessions).where(eq(waSessions.id, sessionId));
      return row ?? null;
    },
    update: (sessionId: string, patch: SessionPatch) => write(sessionId, patch),
    /** Writes the final state and gives the lease up in one step (optionally forgetting the link). */
    release: (sessionId: string, patch: SessionPatch, options: { wipeCredentials?: boolean } = {}) =>
      write(sessionId, { ...patch, leaseOwner: null, leaseExpiresAt: null }, options),
    /** For auth-state writes: refuses (throws) once the lease is gone. */
    fence: (sessionId: string) => async (tx: Tx) => {
      const [row] = await tx
        .select({ id: waSessions.id })
        .from(waSessions)
        .where(owned(sessionId))
        .for("share");
      if (!row) throw new LeaseLostError(sessionId);
    },
  };
}
export type SessionStore = ReturnType<typeof createSessionStore>;
