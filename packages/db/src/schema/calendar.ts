import { type SQL, sql } from "drizzle-orm";
import {
  type AnyPgColumn,
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
import { organisations } from "./organisations";
import { users } from "./users";

export const eventTypes = ["local", "international"] as const;
export const eventScopes = ["internal", "external"] as const;
export const eventVisibilities = ["public", "internal"] as const;
export const eventStatuses = ["draft", "published", "cancelled"] as const;
export const eventSources = ["manual", "scraped"] as const;

/**
 * Arabic spelling variants folded together for search: alef forms to bare alef, alef maqsura to ya,
 * ta marbuta to ha; the characters after the last pair (tashkeel, superscript alef, tatweel) are
 * dropped. Postgres `translate` and `foldSearchText` in the API both read these two strings.
 */
export const searchFoldFrom =
  "\u0623\u0625\u0622\u0671\u0649\u0629\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640";
export const searchFoldTo = "\u0627\u0627\u0627\u0627\u064a\u0647";

export const eventTypeEnum = pgEnum("event_type", eventTypes);
export const eventScopeEnum = pgEnum("event_scope", eventScopes);
export const eventVisibilityEnum = pgEnum("event_visibility", eventVisibilities);
export const eventStatusEnum = pgEnum("event_status", eventStatuses);
export const eventSourceEnum = pgEnum("event_source", eventSources);

export const categories = pgTable(
  "categories",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    nameEn: text("name_en").notNull(),
    nameAr: text("name_ar").notNull(),
    /** CSS colour, #rrggbb. */
    color: text("color").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("categories_org_name_en_key").on(t.orgId, t.nameEn)],
);

export const events = pgTable(
  "events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    titleEn: text("title_en"),
    titleAr: text("title_ar"),
    descriptionEn: text("description_en"),
    descriptionAr: text("description_ar"),
    locationEn: text("location_en"),
    locationAr: text("location_ar"),
    organisersEn: text("organisers_en"),
    organisersAr: text("organisers_ar"),
    categoryId: uuid("category_id").references(() => categories.id, { onDelete: "set null" }),
    type: eventTypeEnum("type").notNull().default("local"),
    scope: eventScopeEnum("scope").notNull().default("internal"),
    visibility: eventVisibilityEnum("visibility").notNull().default("internal"),
    status: eventStatusEnum("status").notNull().default("draft"),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    allDay: boolean("all_day").notNull().default(false),
    timeZone: text("time_zone").notNull().default("Asia/Dubai"),
    /** RFC 5545 RRULE (without DTSTART); null for a single occurrence. */
    rrule: text("rrule"),
    /** Start times of cancelled occurrences of a recurring event. */
    exdates: timestamp("exdates", { withTimezone: true }).array().notNull().default(sql`'{}'`),
    /** End of the last occurrence (null: the rule never ends); bounds range queries. */
    recurrenceEndsAt: timestamp("recurrence_ends_at", { withTimezone: true }),
    link: text("link"),
    expectedAttendance: integer("expected_attendance"),
    source: eventSourceEnum("source").notNull().default("manual"),
    sourceId: text("source_id"),
    externalId: text("external_id"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    /** Optimistic concurrency: an update must name the version it read. */
    version: integer("version").notNull().default(1),
    /** iCalendar SEQUENCE: bumped only on changes attendees care about (time, place, status). */
    sequence: integer("sequence").notNull().default(0),
    /** First publication; a cancelled event that was once published stays in the public feed as cancelled. */
    publishedAt: timestamp("published_at", { withTimezone: true }),
  },
  (t) => [
    check("events_title_present", sql`coalesce(${t.titleEn}, ${t.titleAr}) is not null`),
    check("events_ends_after_start", sql`${t.endsAt} >= ${t.startsAt}`),
    index("events_org_range_idx").on(t.orgId, t.startsAt, t.endsAt),
    // Needs btree_gist (uuid in a GiST index); created by the calendar_extensions migration.
    index("events_org_span_idx").using("gist", t.orgId, eventSpan(t)),
    // Needs pg_trgm; serves substring search (LIKE '%term%') over both languages at once.
    index("events_search_idx").using("gin", sql`${eventSearchDocument(t)} gin_trgm_ops`),
    uniqueIndex("events_external_key")
      .on(t.orgId, t.sourceId, t.externalId)
      .where(sql`${t.externalId} is not null`),
  ],
);

type EventColumns = Record<
  | "startsAt"
  | "endsAt"
  | "rrule"
  | "recurrenceEndsAt"
  | "titleEn"
  | "titleAr"
  | "descriptionEn"
  | "descriptionAr"
  | "locationEn"
  | "locationAr",
  AnyPgColumn
>;

/**
 * The time an event can touch: its own start to end, or for a recurring event its first start to
 * the end of its last occurrence (unbounded when the rule never ends). Closed at both ends so an
 * event of zero length still overlaps something; range queries recheck the exact bounds.
 */
export function eventSpan(t: EventColumns): SQL {
  return sql`tstzrange(${t.startsAt}, case when ${t.rrule} is null then ${t.endsAt} else ${t.recurrenceEndsAt} end, '[]')`;
}

/** Title, description and location in both languages, lower-cased and folded (see searchFoldFrom). */
export function eventSearchDocument(t: EventColumns): SQL {
  const fields = [t.titleEn, t.titleAr, t.descriptionEn, t.descriptionAr, t.locationEn, t.locationAr];
  const joined = sql.join(
    fields.map((field) => sql`coalesce(${field}, '')`),
    sql` || ' ' || `,
  );
  return sql`translate(lower(${joined}), ${sql.raw(`'${searchFoldFrom}'`)}, ${sql.raw(`'${searchFoldTo}'`)})`;
}

export type Category = typeof categories.$inferSelect;
export type Event = typeof events.$inferSelect;
export type NewEvent = typeof events.$inferInsert;
