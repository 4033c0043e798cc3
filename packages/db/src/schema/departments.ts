import { sql } from "drizzle-orm";
import { check, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { events } from "./calendar";
import { organisations } from "./organisations";
import { localeEnum, users } from "./users";
import { waRecipientTypeEnum } from "./whatsapp";

export const departments = pgTable(
  "departments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    nameEn: text("name_en").notNull(),
    nameAr: text("name_ar").notNull(),
    /** Shared mailboxes of the department; reminders go to these as well as to its members. */
    emails: text("emails").array().notNull().default(sql`'{}'`),
    /** The department's WhatsApp group (or number); its reminders and task news go there too. */
    whatsappRecipientType: waRecipientTypeEnum("whatsapp_recipient_type"),
    /** Group JID or E.164 number. */
    whatsappRecipient: text("whatsapp_recipient"),
    /** Language of the shared channels (mailboxes, WhatsApp); members get their own language. */
    locale: localeEnum("locale").notNull().default("ar"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("departments_org_name_en_key").on(t.orgId, sql`lower(${t.nameEn})`),
    check(
      "departments_whatsapp_pair",
      sql`(${t.whatsappRecipientType} is null) = (${t.whatsappRecipient} is null)`,
    ),
  ],
);

/** Users (with the department role) who work in a department; a user may belong to several. */
export const departmentMembers = pgTable(
  "department_members",
  {
    departmentId: uuid("department_id")
      .notNull()
      .references(() => departments.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.departmentId, t.userId] }),
    index("department_members_user_idx").on(t.userId),
  ],
);

/** Departments assigned to an event; the calendar's department filter joins through this table. */
export const eventDepartments = pgTable(
  "event_departments",
  {
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    departmentId: uuid("department_id")
      .notNull()
      .references(() => departments.id, { onDelete: "cascade" }),
    assignedAt: timestamp("assigned_at", { withTimezone: true }).notNull().defaultNow(),
    assignedBy: uuid("assigned_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.departmentId] }),
    index("event_departments_department_idx").on(t.departmentId),
  ],
);

export type Department = typeof departments.$inferSelect;
export type EventDepartment = typeof eventDepartments.$inferSelect;
