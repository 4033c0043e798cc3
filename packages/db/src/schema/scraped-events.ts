import {
  type AnyPgColumn,
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { events } from "./calendar";
import { organisations } from "./organisations";
import { scrapeRuns, scrapeSources } from "./scraper";
import { users } from "./users";

/**
 * `new`: first seen in the last good run; `changed`: its content hash differs from the version
 * before; `unchanged`: seen again as it was; `gone`: missing from a complete run (never deleted).
 */
export const scrapedEventStates = ["new", "changed", "unchanged", "gone"] as const;
export type ScrapedEventState = (typeof scrapedEventStates)[number];
export const scrapedEventStateEnum = pgEnum("scraped_event_state", scrapedEventStates);

/**
 * The fields of one version of a staged event, normalised from the signed result: instants as
 * ISO strings in UTC, blank text as null. The fields staff review and import.
 */
export interface StagedFields {
  titleEn: string | null;
  titleAr: string | null;
  descriptionEn: string | null;
  descriptionAr: string | null;
  startsAt: string;
  endsAt: string | null;
  allDay: boolean;
  venueEn: string | null;
  venueAr: string | null;
  organiser: string | null;
  url: string | null;
  imageUrl: string | null;
  category: string | null;
}

/** One event of a source, as staged for review: keyed by (source, external id), never deleted. */
export const scrapedEvents = pgTable(
  "scraped_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    sourceId: uuid("source_id")
      .notNull()
      .references(() => scrapeSources.id, { onDelete: "cascade" }),
    externalId: text("external_id").notNull(),
    state: scrapedEventStateEnum("state").notNull().default("new"),
    /** The newest version seen. */
    latestVersionId: uuid("latest_version_id").references((): AnyPgColumn => scrapedEventVersions.id),
    latestHash: text("latest_hash").notNull(),
    /** The run that last saw the event (or marked it gone). */
    lastRunId: uuid("last_run_id").references(() => scrapeRuns.id, { onDelete: "set null" }),
    firstSeenAt: timestamp("first_seen_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    goneAt: timestamp("gone_at", { withTimezone: true }),
    /**
     * Waits for staff: set when it is first seen or its content changes, cleared once it is
     * imported, ignored, or its changes are accepted or dismissed. The review page lists these.
     */
    needsReview: boolean("needs_review").notNull().default(true),
    /** Staff chose not to import it; it stays staged and keeps its versions. */
    ignoredAt: timestamp("ignored_at", { withTimezone: true }),
    ignoredBy: uuid("ignored_by").references(() => users.id, { onDelete: "set null" }),
    /** The calendar event it was imported as (one calendar event per staged event). */
    eventId: uuid("event_id")
      .unique()
      .references(() => events.id, { onDelete: "set null" }),
    /** The version the calendar event was created from. */
    importedVersionId: uuid("imported_version_id").references((): AnyPgColumn => scrapedEventVersions.id),
    /**
     * The source's value of each calendar field (as JSON) when staff last dealt with it (imported,
     * accepted or dismissed): a field is offered again only when the source moves it away from this.
     */
    reviewedFields: jsonb("reviewed_fields").$type<Record<string, unknown>>().notNull().default({}),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("scraped_events_source_external_uq").on(t.sourceId, t.externalId),
    index("scraped_events_org_review_idx").on(t.orgId, t.needsReview, t.lastSeenAt),
  ],
);

/** Every distinct content a staged event was seen with, and the run that first saw it. */
export const scrapedEventVersions = pgTable(
  "scraped_event_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    scrapedEventId: uuid("scraped_event_id")
      .notNull()
      .references((): AnyPgColumn => scrapedEvents.id, { onDelete: "cascade" }),
    runId: uuid("run_id").references(() => scrapeRuns.id, { onDelete: "set null" }),
    contentHash: text("content_hash").notNull(),
    fields: jsonb("fields").$type<StagedFields>().notNull(),
    seenAt: timestamp("seen_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("scraped_event_versions_event_idx").on(t.scrapedEventId, t.seenAt)],
);

/** "Ignore this field's changes from now on" for one staged event. */
export const scrapedEventIgnoredFields = pgTable(
  "scraped_event_ignored_fields",
  {
    scrapedEventId: uuid("scraped_event_id")
      .notNull()
      .references(() => scrapedEvents.id, { onDelete: "cascade" }),
    field: text("field").notNull(),
    ignoredBy: uuid("ignored_by").references(() => users.id, { onDelete: "set null" }),
    ignoredAt: timestamp("ignored_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.scrapedEventId, t.field] })],
);

export const scrapeImportOutcomes = ["imported", "suspect", "refused"] as const;
export type ScrapeImportOutcome = (typeof scrapeImportOutcomes)[number];
export const scrapeImportOutcomeEnum = pgEnum("scrape_import_outcome", scrapeImportOutcomes);

/**
 * The importer's own record of every run id it has handled, in a table the scraper's role cannot
 * touch: a run id found here is never imported again (a replay), whatever the run row says.
 */
export const scrapeImports = pgTable("scrape_imports", {
  runId: uuid("run_id")
    .primaryKey()
    .references(() => scrapeRuns.id, { onDelete: "cascade" }),
  orgId: uuid("org_id")
    .notNull()
    .references(() => organisations.id, { onDelete: "cascade" }),
  outcome: scrapeImportOutcomeEnum("outcome").notNull(),
  reason: text("reason"),
  handledAt: timestamp("handled_at", { withTimezone: true }).notNull().defaultNow(),
  /** Later attempts to import the same run id, each refused and counted here. */
  replaysRefused: integer("replays_refused").notNull().default(0),
  lastReplayAt: timestamp("last_replay_at", { withTimezone: true }),
});

export type StagedEvent = typeof scrapedEvents.$inferSelect;
export type StagedEventVersion = typeof scrapedEventVersions.$inferSelect;
export type ScrapeImport = typeof scrapeImports.$inferSelect;
