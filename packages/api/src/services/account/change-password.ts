import { type Database, users } from "@taqweem/db";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { fail } from "../../domain-error";
import { errorKeys } from "../../errors";
import { recordAudit } from "../audit";
import { withPasswordAttemptLimits } from "../password-attempts";
import { hashPassword, verifyPassword } from "../passwords";
import { maxPasswordLength, passwordProblem } from "./password-policy";

// Only bounds here: the rules need the account's e-mail, so the service applies them.
export const changePasswordInput = z.object({
  currentPassword: z.string().min(1).max(maxPasswordLength),
  newPassword: z.string().max(maxPasswordLength),
});

export type ChangePasswordInput = z.infer<typeof changePasswordInput>;

/**
 * Replaces the signed-in user's password after checking the current one, under the same limits
 * as signing in (`ip` is the client's address). Raising the session version signs out every
 * other session at its next request; the caller re-issues its own.
 */
export async function changeOwnPassword(
  db: Database,
  actor: { userId: string; orgId: string; ip: string | null },
  input: ChangePasswordInput,
): Promise<void> {
  const [user] = await db
    .select({ email: users.email, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, actor.userId));
  if (!user) fail("not_found", errorKeys.notFound);
  const checked = await withPasswordAttemptLimits(db, { email: user.email, ip: actor.ip }, async () =>
    (await verifyPassword(user.passwordHash, input.currentPassword)) ? true : null,
  );
  if (!checked.ok && checked.reason === "rate_limited") fail("too_many", errorKeys.tooManyAttempts);
  if (!checked.ok) fail("invalid", errorKeys.wrongCurrentPassword);
  const problem = passwordProblem(input.newPassword, user.email);
  if (problem) fail("invalid", problem);
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, actor.userId));
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "user.password_change",
      entity: "user",
      entityId: actor.userId,
    });
  });
}
