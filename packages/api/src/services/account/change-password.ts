import { type Database, users } from "@taqweem/db";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { errorKeys, fail } from "../../errors";
import { recordAudit } from "../audit";
import { hashPassword, verifyPassword } from "../passwords";
import { maxPasswordLength, passwordProblem } from "./password-policy";

// Only bounds here: the rules need the account's e-mail, so the service applies them.
export const changePasswordInput = z.object({
  currentPassword: z.string().min(1).max(maxPasswordLength),
  newPassword: z.string().max(maxPasswordLength),
});

export type ChangePasswordInput = z.infer<typeof changePasswordInput>;

/**
 * Replaces the signed-in user's password after checking the current one. Raising the session
 * version signs out every other session at its next request; the caller re-issues its own.
 */
export async function changeOwnPassword(
  db: Database,
  actor: { userId: string; orgId: string },
  input: ChangePasswordInput,
): Promise<void> {
  const [user] = await db
    .select({ email: users.email, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, actor.userId));
  if (!user) fail("NOT_FOUND", errorKeys.notFound);
  if (!(await verifyPassword(user.passwordHash, input.currentPassword)))
    fail("BAD_REQUEST", errorKeys.wrongCurrentPassword);
  const problem = passwordProblem(input.newPassword, user.email);
  if (problem) fail("BAD_REQUEST", problem);
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
