import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organisations } from "./organisations";
import { localeEnum } from "./users";

export const waSessionStatuses = [
  "disconnected",
  "connecting",
  "qr_required",
  "pairing",
  "connected",
  "logged_out",
  "banned",
  "failed",
] as const;
export const waSessionStatusEnum = pgEnum("wa_session_status", waSessionStatuses);

export const waTransports = ["baileys", "simulator"] as const;
export const waTransportEnum = pgEnum("wa_transport", waTransports);

export const waMessageStatuses = ["pending", "sent", "delivered", "read", "failed"] as const;
export type WaMessageStatus = (typeof waMessageStatuses)[number];
export const waMessageStatusEnum = pgEnum("wa_message_status", waMessageStatuses);

export const waRecipientTypes = ["contact", "group"] as const;
export const waRecipientTypeEnum = pgEnum("wa_recipient_type", waRecipientTypes);

/** A linked WhatsApp number; exactly one wa-worker owns it at a time through the lease. */
export const waSessions = pgTable("wa_sessions", {
  id: uuid("id").primaryKey().defaultRandom(),
  orgId: uuid("org_id")
    .notNull()
    .references(() => organisations.id, { onDelete: "cascade" }),
  name: text("name").notNull(),
  transport: waTransportEnum("transport").notNull().default("baileys"),
  status: waSessionStatusEnum("status").notNull().default("disconnected"),
  /** E.164 number once linked. */
  phone: text("phone"),
  lastError: text("last_error"),
  leaseOwner: uuid("lease_owner"),
  leaseExpiresAt: timestamp("lease_expires_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Every message the product sends over WhatsApp. The row is written before its `wa.send` job, in
 * the same transaction; the worker derives the WhatsApp message id from this row's id.
 */
export const waMessages = pgTable(
  "wa_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    /** Null: the organisation's default session at send time. */
    sessionId: uuid("session_id").references(() => waSessions.id, { onDelete: "set null" }),
    recipientType: waRecipientTypeEnum("recipient_type").notNull(),
    /** E.164 phone number for a contact, group JID for a group. */
    recipient: text("recipient").notNull(),
    body: text("body").notNull(),
    media: jsonb("media").$type<{ url: string; mimeType: string; caption?: string } | null>(),
    template: text("template"),
    language: localeEnum("language").notNull().default("en"),
    /** What the message is for: reminder, announcement, task, test, campaign. */
    purpose: text("purpose").notNull(),
    entity: text("entity"),
    entityId: text("entity_id"),
    status: waMessageStatusEnum("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    providerMessageId: text("provider_message_id"),
    error: text("error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
    readAt: timestamp("read_at", { withTimezone: true }),
    failedAt: timestamp("failed_at", { withTimezone: true }),
  },
  (t) => [
    index("wa_messages_org_created_idx").on(t.orgId, t.createdAt),
    index("wa_messages_session_status_idx").on(t.sessionId, t.status),
  ],
);

export type WaSession = typeof waSessions.$inferSelect;
export type WaMessage = typeof waMessages.$inferSelect;
