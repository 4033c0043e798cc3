import { type Database, memberships, users } from "@taqweem/db";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { type LoginLimits, loginLimitsFromEnv } from "./login-limits";
import { type LoginDeps, withPasswordAttemptLimits } from "./password-attempts";
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

// Verifying against a real hash when the account does not exist keeps response times alike.
let dummyHash: Promise<string> | undefined;

/** Checks e-mail and password under the sign-in limits (see withPasswordAttemptLimits). */
export async function verifyLogin(
  db: Database,
  input: { email: string; password: string; ip: string | null },
  limits: LoginLimits = loginLimitsFromEnv(),
  deps: LoginDeps = {},
): Promise<LoginResult> {
  const email = input.email.trim().toLowerCase();
  const checked = await withPasswordAttemptLimits(
    db,
    { email, ip: input.ip },
    async () => {
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
      return row && valid ? row : null;
    },
    limits,
    deps,
  );
  if (!checked.ok) return checked;
  const { passwordHash: _, ...row } = checked.value;
  await db.update(users).set({ lastLoginAt: sql`now()` }).where(eq(users.id, row.userId));
  return { ok: true, ...row };
}
