import { sql } from "drizzle-orm";
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { organisations } from "./organisations";
import { users } from "./users";

/**
 * Private iCalendar subscription tokens, one active per member: only the SHA-256 of the token is
 * kept, so the feed URL is shown once when issued. Revoked rows stay for the audit trail.
 */
export const calendarFeedTokens = pgTable(
  "calendar_feed_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** Hex SHA-256 of the token. */
    tokenHash: text("token_hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("calendar_feed_tokens_hash_key").on(t.tokenHash),
    uniqueIndex("calendar_feed_tokens_active_key").on(t.orgId, t.userId).where(sql`${t.revokedAt} is null`),
    index("calendar_feed_tokens_user_idx").on(t.userId),
  ],
);

export type CalendarFeedToken = typeof calendarFeedTokens.$inferSelect;
