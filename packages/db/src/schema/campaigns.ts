import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { z } from "zod";
import { events } from "./calendar";
import { contacts } from "./contacts";
import { organisations } from "./organisations";
import { localeEnum, users } from "./users";
import { waMessages, waSessions } from "./whatsapp";

/** A campaign's wording; every save adds a version and campaigns keep the version they started with. */
export const campaignTemplates = pgTable(
  "campaign_templates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** The newest version's number. */
    version: integer("version").notNull().default(1),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("campaign_templates_org_name_key").on(t.orgId, t.name)],
);

export const campaignTemplateVersions = pgTable(
  "campaign_template_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    templateId: uuid("template_id")
      .notNull()
      .references(() => campaignTemplates.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    bodyEn: text("body_en").notNull(),
    bodyAr: text("body_ar").notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("campaign_template_versions_key").on(t.templateId, t.version)],
);

export const campaignStates = [
  "draft",
  "scheduled",
  "running",
  "paused",
  "completed",
  "cancelled",
  "failed",
] as const;
export type CampaignState = (typeof campaignStates)[number];
export const campaignStateEnum = pgEnum("campaign_state", campaignStates);

/** Who receives a campaign: the union of these, evaluated when it starts. */
export const campaignAudienceSchema = z.object({
  listIds: z.array(z.uuid()).max(100).default([]),
  segmentIds: z.array(z.uuid()).max(100).default([]),
  contactIds: z.array(z.uuid()).max(5000).default([]),
  /** Every contact of these events. */
  eventIds: z.array(z.uuid()).max(100).default([]),
});
export type CampaignAudience = z.infer<typeof campaignAudienceSchema>;

const localTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

/**
 * On top of the number's own pacing (gaps, batches, hourly and daily caps): a cap per local day of
 * the organisation and quiet hours in its zone (a start after the end spans midnight).
 */
export const campaignPacingSchema = z.object({
  dailyCap: z.number().int().min(1).max(10_000).nullable().default(null),
  quietHours: z.object({ start: localTime, end: localTime }).nullable().default(null),
});
export type CampaignPacing = z.infer<typeof campaignPacingSchema>;

/** Recipients left out when a campaign started, by reason. */
export interface CampaignExclusions {
  optedOut: number;
  invalidPhone: number;
  duplicate: number;
}

/**
 * Why a running campaign is not sending right now (`campaigns.waiting_reason`): its dispatcher
 * writes it, the campaign page shows it.
 */
export const campaignWaitReasons = [
  "pacing",
  "quiet_hours",
  "daily_cap",
  "not_connected",
  "number_paused",
] as const;
export type CampaignWaitReason = (typeof campaignWaitReasons)[number];

export const campaigns = pgTable(
  "campaigns",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    state: campaignStateEnum("state").notNull().default("draft"),
    templateId: uuid("template_id").references(() => campaignTemplates.id, { onDelete: "set null" }),
    /** The exact wording, fixed when the campaign starts. */
    templateVersionId: uuid("template_version_id").references(() => campaignTemplateVersions.id),
    sessionId: uuid("session_id").references(() => waSessions.id, { onDelete: "set null" }),
    /** The event the template's {{event.*}} variables describe. */
    eventId: uuid("event_id").references(() => events.id, { onDelete: "set null" }),
    audience: jsonb("audience").$type<CampaignAudience>().notNull(),
    pacing: jsonb("pacing").$type<CampaignPacing>().notNull(),
    /** Null: starts when staff press start. */
    scheduledAt: timestamp("scheduled_at", { withTimezone: true }),
    /** The scheduled time passed while nothing ran: staff confirm before it goes out late. */
    missedSchedule: boolean("missed_schedule").notNull().default(false),
    /** "staff" or the number's state (a session error code or status) that paused it. */
    pauseReason: text("pause_reason"),
    failureReason: text("failure_reason"),
    waitingReason: text("waiting_reason").$type<CampaignWaitReason>(),
    waitingUntil: timestamp("waiting_until", { withTimezone: true }),
    /** Each dispatch job carries the number it was sent with; an older one does nothing. */
    dispatchSeq: integer("dispatch_seq").notNull().default(0),
    recipientCount: integer("recipient_count").notNull().default(0),
    exclusions: jsonb("exclusions").$type<CampaignExclusions>(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [
    index("campaigns_org_created_idx").on(t.orgId, t.createdAt),
    index("campaigns_scheduled_idx").on(t.scheduledAt).where(sql`${t.state} = 'scheduled'`),
  ],
);

export const campaignRecipientStatuses = [
  "queued",
  "sent",
  "delivered",
  "read",
  "failed",
  "skipped",
] as const;
export type CampaignRecipientStatus = (typeof campaignRecipientStatuses)[number];
export const campaignRecipientStatusEnum = pgEnum("campaign_recipient_status", campaignRecipientStatuses);

/** One earlier attempt of a recipient, kept when staff retry it. */
export interface CampaignAttempt {
  attempt: number;
  messageId: string | null;
  status: CampaignRecipientStatus;
  error: string | null;
  at: string;
}

/**
 * The recipients a campaign snapshotted when it started. `message_id` is the current attempt's
 * wa_messages row (null: not yet handed to the number); a trigger on wa_messages (migration
 * 0014_campaigns_recipient_status) moves the status with the message's.
 */
export const campaignRecipients = pgTable(
  "campaign_recipients",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    contactId: uuid("contact_id").references(() => contacts.id, { onDelete: "set null" }),
    phone: text("phone").notNull(),
    language: localeEnum("language").notNull(),
    status: campaignRecipientStatusEnum("status").notNull().default("queued"),
    error: text("error"),
    messageId: uuid("message_id").references(() => waMessages.id, { onDelete: "set null" }),
    attempt: integer("attempt").notNull().default(1),
    history: jsonb("history").$type<CampaignAttempt[]>().notNull().default([]),
    releasedAt: timestamp("released_at", { withTimezone: true }),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
    readAt: timestamp("read_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("campaign_recipients_phone_key").on(t.campaignId, t.phone),
    index("campaign_recipients_status_idx").on(t.campaignId, t.status),
    index("campaign_recipients_released_idx").on(t.campaignId, t.releasedAt),
    index("campaign_recipients_message_idx").on(t.messageId).where(sql`${t.messageId} is not null`),
  ],
);

export type CampaignTemplate = typeof campaignTemplates.$inferSelect;
export type CampaignTemplateVersion = typeof campaignTemplateVersions.$inferSelect;
export type Campaign = typeof campaigns.$inferSelect;
export type CampaignRecipient = typeof campaignRecipients.$inferSelect;
