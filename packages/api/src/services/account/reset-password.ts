import { type Database, memberships, users } from "@taqweem/db";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { fail } from "../../domain-error";
import { errorKeys } from "../../errors";
import { recordAudit } from "../audit";
import { generatePassword, hashPassword } from "../passwords";
import { id } from "../shared-inputs";

export const resetPasswordInput = z.object({ userId: id });

/**
 * An admin gives a member of their organisation a one-time password, shown once to the admin.
 * The member must change it at their next sign-in, and every session they had ends.
 */
export async function resetUserPassword(
  db: Database,
  orgId: string,
  actorId: string,
  userId: string,
): Promise<{ temporaryPassword: string }> {
  // Admins change their own password with the current one, like everyone else.
  if (userId === actorId) fail("invalid", errorKeys.cannotChangeSelf);
  const temporaryPassword = generatePassword();
  const passwordHash = await hashPassword(temporaryPassword);
  await db.transaction(async (tx) => {
    const [member] = await tx
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
    if (!member) fail("not_found", errorKeys.notFound);
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: true, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, userId));
    await recordAudit(tx, {
      orgId,
      actorId,
      action: "user.password_reset",
      entity: "user",
      entityId: userId,
    });
  });
  return { temporaryPassword };
}
