import { index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organisations } from "./organisations";
import { localeEnum } from "./users";

/** `captured`: no e-mail provider is configured, so the message is kept for the admin Mailbox. */
export const emailStatuses = ["queued", "sent", "failed", "captured"] as const;
export type EmailStatus = (typeof emailStatuses)[number];
export const emailStatusEnum = pgEnum("email_status", emailStatuses);

/** Every e-mail the product sends, written before its `email.send` job in the same transaction. */
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    /** Sent to the provider with every attempt, so a retry never sends a second copy. */
    idempotencyKey: text("idempotency_key").notNull().unique(),
    recipient: text("recipient").notNull(),
    locale: localeEnum("locale").notNull(),
    subject: text("subject").notNull(),
    html: text("html").notNull(),
    text: text("text").notNull(),
    /** What the message is for: reminder, task. */
    purpose: text("purpose").notNull(),
    entity: text("entity"),
    entityId: text("entity_id"),
    status: emailStatusEnum("status").notNull().default("queued"),
    attempts: integer("attempts").notNull().default(0),
    providerId: text("provider_id"),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    failedAt: timestamp("failed_at", { withTimezone: true }),
  },
  (t) => [
    index("email_outbox_org_created_idx").on(t.orgId, t.createdAt),
    index("email_outbox_status_idx").on(t.status),
  ],
);

export type EmailMessage = typeof emailOutbox.$inferSelect;
