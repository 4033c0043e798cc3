import { type Database, waLeaseFree, waSessions } from "@taqweem/db";
import { publishEventInTx, waSessionEvent } from "@taqweem/jobs";
import { and, eq, sql } from "drizzle-orm";
import { wipeAuthState } from "../auth/db-auth-state";

// Only while no worker holds the session, so nothing races with a running connection.
const unowned = (sessionId: string) => and(eq(waSessions.id, sessionId), waLeaseFree);

/**
 * Logout of a session that is not running: there is no connection to log out on WhatsApp (the
 * phone may still list the device until removed there), so the stored link is forgotten.
 */
export async function forgetUnownedSession(db: Database, sessionId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(waSessions)
      .set({
        status: "logged_out",
        wanted: false,
        lastError: null,
        qr: null,
        qrExpiresAt: null,
        pairingCode: null,
        updatedAt: sql`now()`,
      })
      .where(unowned(sessionId))
      .returning();
    if (!row) return false;
    await wipeAuthState(tx, sessionId);
    await publishEventInTx(tx, waSessionEvent(row));
    return true;
  });
}

/** Deletes a session nobody runs, with its credentials, groups and simulator data (cascade). */
export async function deleteUnownedSession(db: Database, sessionId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx.delete(waSessions).where(unowned(sessionId)).returning();
    if (!row) return false;
    await publishEventInTx(tx, { type: "wa.session.removed", orgId: row.orgId, sessionId });
    return true;
  });
}
