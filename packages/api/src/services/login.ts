import { type Database, loginFailures, memberships, users } from "@taqweem/db";
import { and, asc, count, eq, gt, isNull, lt, or, sql } from "drizzle-orm";
import { generatePassword, hashPassword, verifyPassword } from "./passwords";

export type LoginResult =
  | {
      ok: true;
      userId: string;
      orgId: string;
      email: string;
      name: string;
      locale: "en" | "ar";
      sessionVersion: number;
    }
  | { ok: false; reason: "invalid_credentials" | "rate_limited" };

export interface LoginLimits {
  perAccount: number;
  perIp: number;
  windowMinutes: number;
}

export function loginLimitsFromEnv(): LoginLimits {
  return {
    perAccount: Number(process.env.LOGIN_MAX_FAILURES_PER_ACCOUNT ?? 5),
    perIp: Number(process.env.LOGIN_MAX_FAILURES_PER_IP ?? 20),
    windowMinutes: 15,
  };
}

// Verifying against a real hash when the account does not exist keeps response times alike.
let dummyHash: Promise<string> | undefined;

/**
 * Checks e-mail and password, with failed attempts counted per account and per IP in Postgres so
 * the limit holds across every web replica. A limited caller is refused before the password is
 * checked, so guessing stops working even with the right password.
 */
export async function verifyLogin(
  db: Database,
  input: { email: string; password: string; ip: string | null },
  limits: LoginLimits = loginLimitsFromEnv(),
): Promise<LoginResult> {
  const email = input.email.trim().toLowerCase();
  const keys = [`email:${email}`, ...(input.ip ? [`ip:${input.ip}`] : [])];
  const since = sql`now() - make_interval(mins => ${limits.windowMinutes})`;
  const counts = await db
    .select({ key: loginFailures.key, failures: count() })
    .from(loginFailures)
    .where(and(or(...keys.map((key) => eq(loginFailures.key, key))), gt(loginFailures.at, since)))
    .groupBy(loginFailures.key);
  const failuresOf = (key: string) => counts.find((row) => row.key === key)?.failures ?? 0;
  if (
    failuresOf(`email:${email}`) >= limits.perAccount ||
    (input.ip && failuresOf(`ip:${input.ip}`) >= limits.perIp)
  ) {
    return { ok: false, reason: "rate_limited" };
  }

  const [row] = await db
    .select({
      userId: users.id,
      email: users.email,
      name: users.name,
      locale: users.locale,
      passwordHash: users.passwordHash,
      sessionVersion: users.sessionVersion,
      orgId: memberships.orgId,
    })
    .from(users)
    .innerJoin(memberships, and(eq(memberships.userId, users.id), isNull(memberships.deactivatedAt)))
    .where(eq(sql`lower(${users.email})`, email))
    .orderBy(asc(memberships.createdAt))
    .limit(1);

  dummyHash ??= hashPassword(generatePassword());
  const valid = await verifyPassword(row?.passwordHash ?? (await dummyHash), input.password);
  if (!row || !valid) {
    await db.insert(loginFailures).values(keys.map((key) => ({ key })));
    // Old rows are worthless once outside every window.
    await db.delete(loginFailures).where(lt(loginFailures.at, sql`now() - interval '1 day'`));
    return { ok: false, reason: "invalid_credentials" };
  }
  await db.delete(loginFailures).where(eq(loginFailures.key, `email:${email}`));
  await db.update(users).set({ lastLoginAt: sql`now()` }).where(eq(users.id, row.userId));
  return {
    ok: true,
    userId: row.userId,
    orgId: row.orgId,
    email: row.email,
    name: row.name,
    locale: row.locale,
    sessionVersion: row.sessionVersion,
  };
}
