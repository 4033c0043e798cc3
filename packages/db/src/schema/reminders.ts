import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { events } from "./calendar";
import { organisations } from "./organisations";
import { localeEnum, users } from "./users";
import { waRecipientTypeEnum } from "./whatsapp";

/** When an event reminder fires: a week or a day before the start, 08:00 org time that day, or custom. */
export const reminderOffsets = ["week_before", "day_before", "morning_of", "custom"] as const;
export type ReminderOffset = (typeof reminderOffsets)[number];
export const reminderOffsetEnum = pgEnum("reminder_offset", reminderOffsets);

export const reminderChannels = ["in_app", "email", "whatsapp"] as const;
export type ReminderChannel = (typeof reminderChannels)[number];
export const reminderChannelEnum = pgEnum("reminder_channel", reminderChannels);

export const eventReminders = pgTable(
  "event_reminders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    offset: reminderOffsetEnum("offset").notNull(),
    /** Minutes before the start, for `custom` only. */
    customMinutesBefore: integer("custom_minutes_before"),
    /** The members and shared mailboxes of every department assigned to the event. */
    toDepartments: boolean("to_departments").notNull().default(true),
    userIds: uuid("user_ids").array().notNull().default(sql`'{}'`),
    whatsappRecipientType: waRecipientTypeEnum("whatsapp_recipient_type"),
    /** Group JID or E.164 number. */
    whatsappRecipient: text("whatsapp_recipient"),
    whatsappLocale: localeEnum("whatsapp_locale").notNull().default("ar"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("event_reminders_event_idx").on(t.eventId),
    check(
      "event_reminders_custom_offset",
      sql`(${t.offset} = 'custom') = (${t.customMinutesBefore} is not null)`,
    ),
    check(
      "event_reminders_whatsapp_pair",
      sql`(${t.whatsappRecipientType} is null) = (${t.whatsappRecipient} is null)`,
    ),
  ],
);

/**
 * The pg-boss job currently scheduled for each reminder (event reminders and task due reminders).
 * `event_id` has no foreign key on purpose: when an event is deleted its rows are still found, so
 * their jobs can be cancelled.
 */
export const reminderSchedules = pgTable(
  "reminder_schedules",
  {
    /** `event-reminder:<reminder id>` or `task:<task id>`. */
    key: text("key").primaryKey(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    eventId: uuid("event_id").notNull(),
    jobId: uuid("job_id").notNull(),
    fireAt: timestamp("fire_at", { withTimezone: true }).notNull(),
    /** Start of the occurrence (or the due time of the task) the reminder is about. */
    subjectAt: timestamp("subject_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("reminder_schedules_event_idx").on(t.eventId)],
);

/** One row per reminder, occurrence, channel and recipient sent: a retried job finds it and skips. */
export const reminderDeliveries = pgTable(
  "reminder_deliveries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    /** `<schedule key>@<subject time ISO>`. */
    occurrenceKey: text("occurrence_key").notNull(),
    channel: reminderChannelEnum("channel").notNull(),
    /** User id, e-mail address, phone number or group JID. */
    recipient: text("recipient").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("reminder_deliveries_key").on(t.occurrenceKey, t.channel, t.recipient)],
);

export type EventReminder = typeof eventReminders.$inferSelect;
export type ReminderSchedule = typeof reminderSchedules.$inferSelect;
