import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { z } from "zod";
import { organisations } from "./organisations";
import { localeEnum, users } from "./users";

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
export type WaSessionStatus = (typeof waSessionStatuses)[number];
export const waSessionStatusEnum = pgEnum("wa_session_status", waSessionStatuses);

export const waTransports = ["baileys", "simulator"] as const;
export type WaTransport = (typeof waTransports)[number];
export const waTransportEnum = pgEnum("wa_transport", waTransports);

export const waMessageStatuses = ["pending", "sent", "delivered", "read", "failed"] as const;
export type WaMessageStatus = (typeof waMessageStatuses)[number];
export const waMessageStatusEnum = pgEnum("wa_message_status", waMessageStatuses);

export const waRecipientTypes = ["contact", "group"] as const;
export const waRecipientTypeEnum = pgEnum("wa_recipient_type", waRecipientTypes);

export const waLinkMethods = ["qr", "pairing"] as const;
export type WaLinkMethod = (typeof waLinkMethods)[number];

/**
 * Codes stored in `wa_sessions.last_error` and `sending_paused_reason`; the UI translates them.
 * A code says what happened, not how: details go to the worker's logs.
 */
export const waSessionErrors = [
  "connection_lost",
  "too_many_failures",
  "qr_timeout",
  "logged_out",
  "connection_replaced",
  "forbidden",
  "multidevice_mismatch",
  "credentials_unreadable",
  "restricted_463",
  "reachout_timelock",
  "quota_exhausted",
  "send_unauthorized",
] as const;
export type WaSessionError = (typeof waSessionErrors)[number];

/**
 * Codes stored in `wa_messages.error` (the UI translates them): these, "rejected:<WhatsApp code>",
 * and the session's restriction codes on a message held back by a pause.
 */
export const waMessageErrors = [
  "invalid_phone",
  "invalid_group",
  "no_session",
  "send_failed",
  "rejected",
  "no_server_ack",
] as const;

/**
 * How fast one number may send. Defaults follow public guidance for unofficial clients: one send
 * at a time, 30-90 s random gaps with "typing", a long pause after each batch, and a daily cap
 * fit for a new number (raise it after the first week, to a few hundred at most).
 */
export const waPacingSchema = z
  .object({
    /** Off only for the simulator and benchmarks: sends go out back to back. */
    enabled: z.boolean(),
    minGapSeconds: z.number().int().min(0).max(3600),
    maxGapSeconds: z.number().int().min(0).max(3600),
    /** Show "typing…" before each message, for a time that grows with its length. */
    typing: z.boolean(),
    typingCharsPerSecond: z.number().int().min(1).max(100),
    maxTypingSeconds: z.number().int().min(0).max(30),
    batchSize: z.number().int().min(1).max(500),
    batchPauseMinutes: z
      .number()
      .int()
      .min(0)
      .max(24 * 60),
    hourlyCap: z.number().int().min(1).max(1000),
    dailyCap: z.number().int().min(1).max(2000),
  })
  .refine((pacing) => pacing.maxGapSeconds >= pacing.minGapSeconds, { path: ["maxGapSeconds"] });
export type WaPacing = z.infer<typeof waPacingSchema>;

export const defaultWaPacing: WaPacing = {
  enabled: true,
  minGapSeconds: 30,
  maxGapSeconds: 90,
  typing: true,
  typingCharsPerSecond: 12,
  maxTypingSeconds: 8,
  batchSize: 25,
  batchPauseMinutes: 20,
  hourlyCap: 20,
  dailyCap: 40,
};

/** A linked WhatsApp number; exactly one wa-worker owns it at a time through the lease. */
export const waSessions = pgTable(
  "wa_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** Stamped by the worker that first runs the session; null until then. */
    transport: waTransportEnum("transport"),
    status: waSessionStatusEnum("status").notNull().default("disconnected"),
    /** E.164 number once linked. */
    phone: text("phone"),
    lastError: text("last_error"),
    /** A worker should hold a connection: set by "Link", cleared by logout and terminal failures. */
    wanted: boolean("wanted").notNull().default(false),
    linkMethod: text("link_method").$type<WaLinkMethod>().notNull().default("qr"),
    /** E.164 number the pairing code is requested for. */
    pairingPhone: text("pairing_phone"),
    /** The current QR as a PNG data URL, while one is shown. */
    qr: text("qr"),
    qrExpiresAt: timestamp("qr_expires_at", { withTimezone: true }),
    pairingCode: text("pairing_code"),
    linkedAt: timestamp("linked_at", { withTimezone: true }),
    leaseOwner: uuid("lease_owner"),
    leaseExpiresAt: timestamp("lease_expires_at", { withTimezone: true }),
    /** Sending stops while set (signs of restriction); queued messages wait. */
    sendingPausedAt: timestamp("sending_paused_at", { withTimezone: true }),
    sendingPausedReason: text("sending_paused_reason"),
    /** When the pause lifts by itself (e.g. the end of a reach-out time lock); null: an admin resumes. */
    sendingResumeAt: timestamp("sending_resume_at", { withTimezone: true }),
    pacing: jsonb("pacing").$type<WaPacing>().notNull().default(defaultWaPacing),
    groupsSyncedAt: timestamp("groups_synced_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("wa_sessions_org_idx").on(t.orgId)],
);

/**
 * Baileys credentials ("creds") and signal keys of each session, every value sealed with
 * AES-256-GCM (version, IV, tag and ciphertext, base64); the row's address is the associated data.
 */
export const waAuthState = pgTable(
  "wa_auth_state",
  {
    sessionId: uuid("session_id")
      .notNull()
      .references(() => waSessions.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    keyId: text("key_id").notNull(),
    value: text("value").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.type, t.keyId] })],
);

/** Groups the linked number belongs to, synced on link and on demand. */
export const waGroups = pgTable(
  "wa_groups",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => waSessions.id, { onDelete: "cascade" }),
    jid: text("jid").notNull(),
    name: text("name").notNull(),
    participantCount: integer("participant_count").notNull().default(0),
    /** Only admins may post (an "announcement" group). */
    announceOnly: boolean("announce_only").notNull().default(false),
    syncedAt: timestamp("synced_at", { withTimezone: true }).notNull().defaultNow(),
    /** The number is no longer a member (missing from the last sync); kept for history. */
    leftAt: timestamp("left_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("wa_groups_session_jid_key").on(t.sessionId, t.jid),
    index("wa_groups_org_idx").on(t.orgId),
  ],
);

/**
 * Who reads an announcement group: the institution's staff, or the public. Internal events are
 * announced to staff groups only; public events to both.
 */
export const waAnnouncementAudiences = ["internal", "public"] as const;
export type WaAnnouncementAudience = (typeof waAnnouncementAudiences)[number];
export const waAnnouncementAudienceEnum = pgEnum("wa_announcement_audience", waAnnouncementAudiences);

/**
 * The group that receives event announcements for each audience and language (one group may
 * serve both languages).
 */
export const waAnnouncementGroups = pgTable(
  "wa_announcement_groups",
  {
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    /** Groups chosen before audiences existed count as staff groups, so no internal event reaches the public. */
    audience: waAnnouncementAudienceEnum("audience").notNull().default("internal"),
    language: localeEnum("language").notNull(),
    groupId: uuid("group_id")
      .notNull()
      .references(() => waGroups.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.audience, t.language] })],
);

export const waTemplateKeys = ["event.published", "event.cancelled", "event.moved"] as const;
export type WaTemplateKey = (typeof waTemplateKeys)[number];

/** An organisation's own wording of a message; without a row the built-in default applies. */
export const waTemplates = pgTable(
  "wa_templates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    key: text("key").$type<WaTemplateKey>().notNull(),
    bodyEn: text("body_en").notNull(),
    bodyAr: text("body_ar").notNull(),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("wa_templates_org_key").on(t.orgId, t.key)],
);

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
    /**
     * Set when a send is attempted: WhatsApp's server acknowledgement is due by then. Without one
     * the message is sent once more with the same id, then fails with "no_server_ack".
     */
    ackDeadlineAt: timestamp("ack_deadline_at", { withTimezone: true }),
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
    index("wa_messages_session_sent_idx").on(t.sessionId, t.sentAt).where(sql`${t.sentAt} is not null`),
    index("wa_messages_provider_id_idx")
      .on(t.providerMessageId)
      .where(sql`${t.providerMessageId} is not null`),
  ],
);

/**
 * The simulator's stand-in for WhatsApp's servers: what each simulated number was sent, shared by
 * every worker process so a takeover sees what the previous owner sent. A message id sent twice is
 * one message (as on WhatsApp); `sends` counts the attempts.
 */
export const waSimulatorMessages = pgTable(
  "wa_simulator_messages",
  {
    sessionId: uuid("session_id")
      .notNull()
      .references(() => waSessions.id, { onDelete: "cascade" }),
    messageId: text("message_id").notNull(),
    recipient: text("recipient").notNull(),
    body: text("body").notNull(),
    sends: integer("sends").notNull().default(1),
    /** The last receipt reported: sent, delivered or read. */
    receipt: text("receipt").notNull().default("sent"),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.messageId] })],
);

export type WaSession = typeof waSessions.$inferSelect;
export type WaMessage = typeof waMessages.$inferSelect;
export type WaGroup = typeof waGroups.$inferSelect;
export type WaTemplate = typeof waTemplates.$inferSelect;
