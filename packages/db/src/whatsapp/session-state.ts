import { and, eq, gt, isNull, lt, or, type SQL, sql } from "drizzle-orm";
import { waAuthState, waSessions } from "../schema/whatsapp";

/**
 * What the API and the WhatsApp worker both ask of a session row, as SQL conditions on
 * `wa_sessions`. Leases are compared with the database clock, so no process's clock matters.
 */

/** The wa_auth_state row holding a session's Baileys credentials (the other rows are signal keys). */
export const waCredentialsKey = { type: "creds", keyId: "creds" } as const;

/** No worker holds the session: its lease was never taken, was given up, or has run out. */
export const waLeaseFree: SQL = or(isNull(waSessions.leaseOwner), lt(waSessions.leaseExpiresAt, sql`now()`))!;

/** Some worker's lease on the session is still running. */
export const waLeaseRunning: SQL = gt(waSessions.leaseExpiresAt, sql`now()`);

/** This worker's lease on the session is still running: it may write the session's state. */
export const waLeaseHeldBy = (workerId: string): SQL =>
  and(eq(waSessions.leaseOwner, workerId), waLeaseRunning)!;

/** The session has stored credentials: it was linked and has not been logged out since. */
export const waHasCredentials: SQL = sql`exists (select 1 from ${waAuthState} where ${waAuthState.sessionId} = ${waSessions.id} and ${waAuthState.type} = ${waCredentialsKey.type})`;
