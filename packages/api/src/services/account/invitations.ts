import { type Database, invitations, memberships, organisations, type Role, users } from "@taqweem/db";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import { z } from "zod";
import { fail } from "../../domain-error";
import { errorKeys } from "../../errors";
import { recordAudit } from "../audit";
import { id } from "../shared-inputs";
import type { Tx } from "../tx";
import { queueInvitationEmail } from "./invitation-email";

/**
 * Asks an existing user (of another organisation) to join this one. Nothing about them is shared
 * and they are no member until they accept. A declined invitation can be sent again.
 */
export async function inviteExistingUser(
  tx: Tx,
  input: { orgId: string; userId: string; role: Role; email: string },
  actorId: string | null,
  /** The producer; without one (the CLI) the invitation is only shown in the app. */
  boss?: () => Promise<PgBoss>,
): Promise<void> {
  const [previous] = await tx
    .select({ status: invitations.status })
    .from(invitations)
    .where(and(eq(invitations.orgId, input.orgId), eq(invitations.userId, input.userId)))
    .for("update");
  if (previous?.status === "pending") fail("conflict", errorKeys.userInvited);
  const values = { role: input.role, invitedBy: actorId, status: "pending" as const, respondedAt: null };
  const [invitation] = await tx
    .insert(invitations)
    .values({ orgId: input.orgId, userId: input.userId, ...values })
    .onConflictDoUpdate({
      target: [invitations.orgId, invitations.userId],
      set: { ...values, createdAt: sql`now()` },
    })
    .returning();
  if (boss) await queueInvitationEmail(tx, await boss(), invitation!);
  await recordAudit(tx, {
    orgId: input.orgId,
    actorId,
    action: "user.invite",
    entity: "user",
    entityId: input.userId,
    diff: { email: input.email, role: input.role },
  });
}

/** The organisation's invitations not (yet) accepted, for its admins' Users page. */
export async function listOpenInvitations(db: Database, orgId: string) {
  return db
    .select({
      id: invitations.id,
      email: users.email,
      name: users.name,
      role: invitations.role,
      status: invitations.status,
      createdAt: invitations.createdAt,
      respondedAt: invitations.respondedAt,
    })
    .from(invitations)
    .innerJoin(users, eq(users.id, invitations.userId))
    .where(and(eq(invitations.orgId, orgId), inArray(invitations.status, ["pending", "declined"])))
    .orderBy(desc(invitations.createdAt));
}

/** What the signed-in user is invited to: the organisation's name and the role, nothing else. */
export async function listMyInvitations(db: Database, userId: string) {
  return db
    .select({
      id: invitations.id,
      role: invitations.role,
      orgId: invitations.orgId,
      orgNameEn: organisations.nameEn,
      orgNameAr: organisations.nameAr,
      createdAt: invitations.createdAt,
    })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.orgId))
    .where(and(eq(invitations.userId, userId), eq(invitations.status, "pending")))
    .orderBy(desc(invitations.createdAt));
}

export const respondToInvitationInput = z.object({ invitationId: id, accept: z.boolean() });

/** Accepting makes the user a member with the invited role; declining leaves them outside. */
export async function respondToInvitation(
  db: Database,
  userId: string,
  input: z.infer<typeof respondToInvitationInput>,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [invitation] = await tx
      .select()
      .from(invitations)
      .where(
        and(
          eq(invitations.id, input.invitationId),
          eq(invitations.userId, userId),
          eq(invitations.status, "pending"),
        ),
      )
      .for("update");
    if (!invitation) fail("not_found", errorKeys.invitationNotFound);
    await tx
      .update(invitations)
      .set({ status: input.accept ? "accepted" : "declined", respondedAt: sql`now()` })
      .where(eq(invitations.id, invitation.id));
    if (input.accept) {
      await tx
        .insert(memberships)
        .values({ userId, orgId: invitation.orgId, role: invitation.role })
        .onConflictDoNothing();
    }
    await recordAudit(tx, {
      orgId: invitation.orgId,
      actorId: userId,
      action: input.accept ? "user.invitation_accept" : "user.invitation_decline",
      entity: "user",
      entityId: userId,
    });
  });
}
