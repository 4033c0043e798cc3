import { type Database, memberships, type Role, users } from "@taqweem/db";
import { and, eq, isNull } from "drizzle-orm";
import type { PgBoss } from "pg-boss";

export interface SessionUser {
  userId: string;
  orgId: string;
  role: Role;
  email: string;
  name: string;
  locale: "en" | "ar";
  /** A one-time password is in use: nothing but changing it is allowed. */
  mustChangePassword: boolean;
  /** The user's current session version, which the session's identity matched. */
  sessionVersion: number;
}

/** Who the session cookie says is signed in; `sessionVersion` is the user's when it was issued. */
export interface SessionIdentity {
  userId: string;
  orgId: string;
  sessionVersion: number;
}

export interface Context {
  db: Database;
  session: SessionUser | null;
  /** The producer pg-boss, started on first use. */
  boss: () => Promise<PgBoss>;
  ip: string | null;
}

/**
 * Builds the request context from the signed-in identity. The membership and the user's session
 * version are re-read on every request, so a role change, a deactivation or a password change
 * takes effect at once, whatever the cookie says.
 */
export async function createContext(options: {
  db: Database;
  boss: () => Promise<PgBoss>;
  identity: SessionIdentity | null;
  ip?: string | null;
}): Promise<Context> {
  const session = options.identity ? await loadSessionUser(options.db, options.identity) : null;
  return { db: options.db, boss: options.boss, session, ip: options.ip ?? null };
}

export async function loadSessionUser(db: Database, identity: SessionIdentity): Promise<SessionUser | null> {
  const [row] = await db
    .select({
      userId: users.id,
      orgId: memberships.orgId,
      role: memberships.role,
      email: users.email,
      name: users.name,
      locale: users.locale,
      mustChangePassword: users.mustChangePassword,
      sessionVersion: users.sessionVersion,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.userId, identity.userId),
        eq(memberships.orgId, identity.orgId),
        isNull(memberships.deactivatedAt),
        eq(users.sessionVersion, identity.sessionVersion),
      ),
    );
  return row ?? null;
}
