import { createCaller, createContext, createUser, getProducerBoss, type SessionUser } from "@taqweem/api";
import { getDb, organisations, type Role } from "@taqweem/db";

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

/** A tRPC caller acting as the given member, through the same context the web app builds. */
export async function callerFor(member: { userId: string; orgId: string } | null) {
  const ctx = await createContext({
    db: getDb(),
    boss: () => getProducerBoss(process.env.DATABASE_URL!),
    identity: member,
  });
  return createCaller(ctx);
}

export type { SessionUser };
