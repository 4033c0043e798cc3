import {
  type Database,
  type Locale,
  locales,
  memberships,
  organisations,
  type Role,
  roles,
  users,
} from "@taqweem/db";
import { and, asc, count, eq, isNull, ne, sql } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import { z } from "zod";
import { fail } from "../domain-error";
import { errorKeys } from "../errors";
import { inviteExistingUser } from "./account/invitations";
import { maxPasswordLength, minPasswordLength, passwordProblem } from "./account/password-policy";
import { recordAudit } from "./audit";
import { generatePassword, hashPassword } from "./passwords";
import { id, localeInput } from "./shared-inputs";

export const createUserInput = z.object({
  email: z.email().max(254),
  name: z.string().trim().min(1).max(120),
  role: z.enum(roles),
  locale: z.enum(locales).default("en"),
  /** Optional: without one, a one-time password is generated and shown to the admin once. */
  password: z.string().min(minPasswordLength).max(maxPasswordLength).optional(),
});

/** What an admin (or a script, which may leave the defaults out) gives, and the organisation. */
export type NewUser = z.input<typeof createUserInput> & { orgId: string };

export const setRoleInput = z.object({ userId: id, role: z.enum(roles) });

export const setActiveInput = z.object({ userId: id, active: z.boolean() });

export const setLocaleInput = z.object({ locale: localeInput });

export interface CreatedUser {
  userId: string;
  /** Only when no password was given: shown once to the admin who created the user. */
  temporaryPassword: string | null;
  /** The address belongs to a user of another organisation, who was invited instead. */
  invited: boolean;
}

/**
 * Adds a person to an organisation. A new address makes a new user; an address that already
 * belongs to someone elsewhere gets an invitation they accept or decline, never a silent membership.
 * A one-time password must be changed at the first sign-in; a chosen one must follow the rules.
 * With a producer, the invitation is also e-mailed through the outbox.
 */
export async function createUser(
  db: Database,
  input: NewUser,
  actorId: string | null,
  boss?: () => Promise<PgBoss>,
): Promise<CreatedUser> {
  const email = input.email.trim().toLowerCase();
  if (input.password) {
    const problem = passwordProblem(input.password, email);
    if (problem) fail("invalid", problem);
  }
  const temporaryPassword = input.password ? null : generatePassword();
  const passwordHash = await hashPassword(input.password ?? (temporaryPassword as string));
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(sql`lower(${users.email})`, email));
    if (existing) {
      const [member] = await tx
        .select({ userId: memberships.userId })
        .from(memberships)
        .where(and(eq(memberships.userId, existing.id), eq(memberships.orgId, input.orgId)));
      if (member) fail("conflict", errorKeys.userExists);
      await inviteExistingUser(
        tx,
        { orgId: input.orgId, userId: existing.id, role: input.role, email },
        actorId,
        boss,
      );
      return { userId: existing.id, temporaryPassword: null, invited: true };
    }
    const [created] = await tx
      .insert(users)
      .values({
        email,
        name: input.name.trim(),
        passwordHash,
        locale: input.locale ?? "en",
        mustChangePassword: temporaryPassword !== null,
      })
      .returning({ id: users.id });
    const userId = created!.id;
    await tx.insert(memberships).values({ userId, orgId: input.orgId, role: input.role });
    await recordAudit(tx, {
      orgId: input.orgId,
      actorId,
      action: "user.create",
      entity: "user",
      entityId: userId,
      diff: { email, name: input.name, role: input.role },
    });
    return { userId, temporaryPassword, invited: false };
  });
}

export async function listUsers(db: Database, orgId: string) {
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      locale: users.locale,
      role: memberships.role,
      deactivatedAt: memberships.deactivatedAt,
      lastLoginAt: users.lastLoginAt,
      createdAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.orgId, orgId))
    .orderBy(asc(users.name));
}

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

async function lockMembership(tx: Tx, orgId: string, userId: string) {
  const [member] = await tx
    .select()
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)))
    .for("update");
  if (!member) fail("not_found", errorKeys.notFound);
  return member;
}

/** Keeps at least one active admin in every organisation. */
async function assertOtherActiveAdmin(tx: Tx, orgId: string, userId: string) {
  // Lock the org's admin rows so two concurrent demotions cannot both pass this check.
  const [row] = await tx
    .select({ admins: count() })
    .from(memberships)
    .where(
      and(
        eq(memberships.orgId, orgId),
        eq(memberships.role, "admin"),
        isNull(memberships.deactivatedAt),
        ne(memberships.userId, userId),
      ),
    );
  if (!row || row.admins === 0) fail("invalid", errorKeys.lastAdmin);
}

export async function setUserRole(db: Database, orgId: string, actorId: string, userId: string, role: Role) {
  if (userId === actorId) fail("invalid", errorKeys.cannotChangeSelf);
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`org-admins:${orgId}`}))`);
    const member = await lockMembership(tx, orgId, userId);
    if (member.role === role) return;
    if (member.role === "admin") await assertOtherActiveAdmin(tx, orgId, userId);
    await tx
      .update(memberships)
      .set({ role })
      .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
    await recordAudit(tx, {
      orgId,
      actorId,
      action: "user.role",
      entity: "user",
      entityId: userId,
      diff: { role: [member.role, role] },
    });
  });
}

export async function setUserActive(
  db: Database,
  orgId: string,
  actorId: string,
  userId: string,
  active: boolean,
) {
  if (userId === actorId) fail("invalid", errorKeys.cannotChangeSelf);
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`org-admins:${orgId}`}))`);
    const member = await lockMembership(tx, orgId, userId);
    if ((member.deactivatedAt === null) === active) return;
    if (!active && member.role === "admin") await assertOtherActiveAdmin(tx, orgId, userId);
    await tx
      .update(memberships)
      .set({ deactivatedAt: active ? null : sql`now()` })
      .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
    await recordAudit(tx, {
      orgId,
      actorId,
      action: active ? "user.reactivate" : "user.deactivate",
      entity: "user",
      entityId: userId,
    });
  });
}

export async function setUserLocale(db: Database, userId: string, locale: Locale) {
  await db.update(users).set({ locale }).where(eq(users.id, userId));
}

export async function findOrganisationBySlug(db: Database, slug: string) {
  const [org] = await db.select().from(organisations).where(eq(organisations.slug, slug));
  return org ?? null;
}

/** The organisation with this slug, created with `name` (in both languages) when missing. */
export async function ensureOrganisation(db: Database, input: { slug: string; name: string }) {
  await db
    .insert(organisations)
    .values({ slug: input.slug, nameEn: input.name, nameAr: input.name })
    .onConflictDoNothing({ target: organisations.slug });
  return (await findOrganisationBySlug(db, input.slug))!;
}
