import {
  createCaller,
  createContext,
  createUser,
  getProducerBoss,
  type SessionIdentity,
  type SessionUser,
} from "@taqweem/api";
import { type Database, getDb, organisations, type Role, users } from "@taqweem/db";
import { eq } from "drizzle-orm";

/** A new organisation with its own admin, so each test works on data no other test touches. */
export async function createOrg(label = "org") {
  const db = getDb();
  const slug = `${label}-${crypto.randomUUID().slice(0, 8)}`;
  const [org] = await db
    .insert(organisations)
    .values({ slug, nameEn: `Org ${slug}`, nameAr: `مؤسسة ${slug}` })
    .returning();
  const admin = await addUser(org!.id, "admin");
  return { org: org!, admin };
}

export async function addUser(orgId: string, role: Role, password = "correct-horse-battery") {
  const email = `${role}-${crypto.randomUUID().slice(0, 8)}@example.test`;
  const { userId } = await createUser(getDb(), { orgId, email, name: `${role} user`, role, password }, null);
  return { userId, email, password, orgId };
}

/**
 * The identity a session signed in now would carry. Without a `sessionVersion` the user's current
 * one is read; pass an older one to act as a session from before a password change.
 */
export async function sessionOf(member: Member, db: Database = getDb()): Promise<SessionIdentity> {
  if (member.sessionVersion !== undefined) return { ...member, sessionVersion: member.sessionVersion };
  const [user] = await db
    .select({ sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.id, member.userId));
  return { userId: member.userId, orgId: member.orgId, sessionVersion: user?.sessionVersion ?? 0 };
}

export type Member = { userId: string; orgId: string; sessionVersion?: number };

/** A tRPC caller acting as the given member, through the same context the web app builds. */
export async function callerFor(member: Member | null, request: { ip?: string } = {}) {
  const ctx = await createContext({
    db: getDb(),
    boss: () => getProducerBoss(process.env.DATABASE_URL!),
    identity: member && (await sessionOf(member)),
    ip: request.ip ?? null,
  });
  return createCaller(ctx);
}

export type { SessionUser };
