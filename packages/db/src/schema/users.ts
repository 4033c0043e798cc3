import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { organisations } from "./organisations";

export const roles = ["admin", "editor", "department", "viewer"] as const;
export type Role = (typeof roles)[number];
export const roleEnum = pgEnum("role", roles);

export const locales = ["en", "ar"] as const;
export type Locale = (typeof locales)[number];
export const localeEnum = pgEnum("locale", locales);

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Always stored lower-cased; the unique index is on the stored value. */
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    locale: localeEnum("locale").notNull().default("en"),
    /** Set for one-time passwords (user:create, an admin's reset): nothing else works until changed. */
    mustChangePassword: boolean("must_change_password").notNull().default(false),
    /**
     * Carried in the session token and compared on every request; raised by a password change or
     * reset, so every session signed in before it is refused at its next request.
     */
    sessionVersion: integer("session_version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastLoginAt: timestamp("last_login_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("users_email_key").on(sql`lower(${t.email})`)],
);

export const memberships = pgTable(
  "memberships",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    role: roleEnum("role").notNull().default("viewer"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** A deactivated member can no longer sign in to this organisation; nothing is deleted. */
    deactivatedAt: timestamp("deactivated_at", { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.orgId] }), index("memberships_org_idx").on(t.orgId)],
);

export const invitationStatuses = ["pending", "accepted", "declined"] as const;
export type InvitationStatus = (typeof invitationStatuses)[number];
export const invitationStatusEnum = pgEnum("invitation_status", invitationStatuses);

/**
 * An existing user of another organisation asked to join this one. They are not a member (no
 * membership row) until they accept; the membership then gets the invited role.
 */
export const invitations = pgTable(
  "invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: roleEnum("role").notNull(),
    invitedBy: uuid("invited_by").references(() => users.id, { onDelete: "set null" }),
    status: invitationStatusEnum("status").notNull().default("pending"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    respondedAt: timestamp("responded_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("invitations_org_user_key").on(t.orgId, t.userId),
    index("invitations_user_status_idx").on(t.userId, t.status),
  ],
);

export type User = typeof users.$inferSelect;
export type Invitation = typeof invitations.$inferSelect;
export type Membership = typeof memberships.$inferSelect;
