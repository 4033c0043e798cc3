import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { organisations } from "./organisations";
import { users } from "./users";

/**
 * `admo`: the Abu Dhabi Media Office's monthly calendar; `adnec`: ADNEC's event detail pages;
 * `jsonld`: any page or sitemap whose pages carry schema.org Event JSON-LD; `ical`: an iCalendar feed.
 */
export const scrapeSourceKinds = ["admo", "adnec", "jsonld", "ical"] as const;
export type ScrapeSourceKind = (typeof scrapeSourceKinds)[number];
export const scrapeSourceKindEnum = pgEnum("scrape_source_kind", scrapeSourceKinds);

export const scrapeTriggers = ["scheduled", "manual"] as const;
export type ScrapeTrigger = (typeof scrapeTriggers)[number];
export const scrapeTriggerEnum = pgEnum("scrape_trigger", scrapeTriggers);

/**
 * `queued`: "Run now" recorded it, the worker has not started it; `running`: the scraper is
 * fetching; `succeeded`/`failed`: the scraper's outcome (the importer then fills the counts);
 * `suspect`: the importer found far fewer events than the last good run and changed nothing;
 * `refused`: the importer refused the result (unsigned, tampered, too old, replayed).
 */
export const scrapeRunStatuses = ["queued", "running", "succeeded", "failed", "suspect", "refused"] as const;
export type ScrapeRunStatus = (typeof scrapeRunStatuses)[number];
export const scrapeRunStatusEnum = pgEnum("scrape_run_status", scrapeRunStatuses);

export const autoImportStatuses = ["draft", "published"] as const;
export type AutoImportStatus = (typeof autoImportStatuses)[number];

/** One site (or feed) an organisation scrapes; admins edit it, the scraper only reads it. */
export const scrapeSources = pgTable(
  "scrape_sources",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    kind: scrapeSourceKindEnum("kind").notNull(),
    name: text("name").notNull(),
    /** Origin (and path prefix) of every page fetched, e.g. https://www.mediaoffice.abudhabi; tests point it at a local server. */
    baseUrl: text("base_url").notNull(),
    /**
     * Where a `jsonld` source starts (a page or a sitemap.xml) or an `ical` source's feed; relative
     * to base_url or absolute within it. ADMO and ADNEC know their own paths and leave it null.
     */
    startUrl: text("start_url"),
    enabled: boolean("enabled").notNull().default(true),
    /** Five-field cron in the organisation's time zone; null runs only on "Run now". */
    schedule: text("schedule"),
    /** Import new and changed events without review (staff edits are still never overwritten). */
    autoImport: boolean("auto_import").notNull().default(false),
    /** What an auto-imported event becomes in the calendar. */
    autoImportStatus: text("auto_import_status").$type<AutoImportStatus>().notNull().default("draft"),
    /** ADMO: the current month and this many following months. */
    monthsAhead: integer("months_ahead").notNull().default(2),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("scrape_sources_org_name_uq").on(t.orgId, t.name),
    check("scrape_sources_months_ahead_range", sql`${t.monthsAhead} between 0 and 12`),
    check("scrape_sources_auto_import_status", sql`${t.autoImportStatus} in ('draft', 'published')`),
  ],
);

/** One error of a run, e.g. a page that timed out or no longer parses. */
export interface ScrapeRunError {
  url: string;
  code: string;
  message: string;
}

/** One run of a source: the scraper keeps its counters live, the importer fills the outcome. */
export const scrapeRuns = pgTable(
  "scrape_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    sourceId: uuid("source_id")
      .notNull()
      .references(() => scrapeSources.id, { onDelete: "cascade" }),
    trigger: scrapeTriggerEnum("trigger").notNull(),
    /** Who pressed "Run now"; null for scheduled runs. */
    requestedBy: uuid("requested_by").references(() => users.id, { onDelete: "set null" }),
    status: scrapeRunStatusEnum("status").notNull().default("queued"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    pagesFetched: integer("pages_fetched").notNull().default(0),
    pagesNotModified: integer("pages_not_modified").notNull().default(0),
    pagesFailed: integer("pages_failed").notNull().default(0),
    eventsFound: integer("events_found").notNull().default(0),
    eventsNew: integer("events_new").notNull().default(0),
    eventsChanged: integer("events_changed").notNull().default(0),
    eventsUnchanged: integer("events_unchanged").notNull().default(0),
    eventsGone: integer("events_gone").notNull().default(0),
    errors: jsonb("errors").$type<ScrapeRunError[]>().notNull().default([]),
    /** Why the importer refused the result or marked the run suspect. */
    refusalReason: text("refusal_reason"),
  },
  (t) => [
    index("scrape_runs_source_created_idx").on(t.sourceId, t.createdAt),
    index("scrape_runs_org_created_idx").on(t.orgId, t.createdAt),
  ],
);

/**
 * A run's signed result, written by the scraper in the transaction that finishes the run and
 * enqueues `scrape.import`; the importer verifies it before trusting a byte of it.
 */
export const scrapeResults = pgTable(
  "scrape_results",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    runId: uuid("run_id")
      .notNull()
      .unique()
      .references(() => scrapeRuns.id, { onDelete: "cascade" }),
    sourceId: uuid("source_id")
      .notNull()
      .references(() => scrapeSources.id, { onDelete: "cascade" }),
    /** The ScrapeResult (packages/jobs scraper/result.ts), exactly as signed. */
    payload: jsonb("payload").$type<unknown>().notNull(),
    signedAt: timestamp("signed_at", { withTimezone: true }).notNull(),
    /** Hex HMAC-SHA256 over the canonical bytes of {runId, sourceId, signedAt (ISO, ms), result}. */
    signature: text("signature").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("scrape_results_source_idx").on(t.sourceId)],
);

/**
 * The fetcher's conditional GET cache: the validators and the body of the last 200 of each URL,
 * so a 304 re-parses the stored body and its events still count (a 304 never means "no events").
 */
export const scrapeHttpCache = pgTable("scrape_http_cache", {
  url: text("url").primaryKey(),
  etag: text("etag"),
  lastModified: text("last_modified"),
  contentType: text("content_type"),
  body: text("body").notNull(),
  fetchedAt: timestamp("fetched_at", { withTimezone: true }).notNull().defaultNow(),
  /** Last time the site answered for this URL (200 or 304). */
  checkedAt: timestamp("checked_at", { withTimezone: true }).notNull().defaultNow(),
});

export type ScrapeSource = typeof scrapeSources.$inferSelect;
export type ScrapeRun = typeof scrapeRuns.$inferSelect;
export type ScrapeResultRow = typeof scrapeResults.$inferSelect;
export type ScrapeHttpCacheEntry = typeof scrapeHttpCache.$inferSelect;
