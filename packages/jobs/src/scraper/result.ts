import { createHash } from "node:crypto";
import { z } from "zod";
import { canonicalJson } from "./canonical";

const text = (max: number) => z.string().min(1).max(max).nullable();
const instant = z.iso.datetime({ offset: true });

/**
 * One event as a source publishes it, titles and texts stripped of markup. Times are instants with
 * an offset (timestamptz); an all-day event starts at 00:00 of its first day in Asia/Dubai (or the
 * source's zone) and ends at 00:00 after its last day.
 */
export const scrapedEvent = z
  .object({
    /** The scrape_sources row the event came from. */
    sourceId: z.uuid(),
    /** Stable id at the source: ADMO's data-event-id, ADNEC's slug, a JSON-LD @id or URL, an iCal UID. */
    externalId: z.string().min(1).max(500),
    titleEn: text(500),
    titleAr: text(500),
    descriptionEn: text(20_000),
    descriptionAr: text(20_000),
    startsAt: instant,
    endsAt: instant.nullable(),
    allDay: z.boolean(),
    venueEn: text(500),
    venueAr: text(500),
    organiser: text(500),
    url: z.url().max(2_000).nullable(),
    imageUrl: z.url().max(2_000).nullable(),
    /** The source's sector or category, as it names it. */
    category: text(200),
    /** eventContentHash of the fields above: equal hashes mean nothing staff care about changed. */
    contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .refine((event) => event.titleEn !== null || event.titleAr !== null, { message: "an event needs a title" });
export type ScrapedEvent = z.infer<typeof scrapedEvent>;

/** Codes of a page's error; the UI translates them. */
export const scrapeErrorCodes = [
  /** robots.txt disallows the URL for our User-Agent; it was not fetched. */
  "robots_disallowed",
  /** The site answered 4xx or 5xx (after the retries for 5xx). */
  "http_error",
  "timeout",
  /** The body exceeded the configured size limit; the download was aborted. */
  "too_large",
  /** DNS, connection reset and the like. */
  "network",
  /** The page no longer has the structure the parser knows, or had nothing where events belong. */
  "parse_failed",
  /** One event on a page could not be read (e.g. no date); the page's other events count. */
  "invalid_event",
] as const;
export type ScrapeErrorCode = (typeof scrapeErrorCodes)[number];

export const scrapeError = z.object({
  url: z.string().max(2_000),
  code: z.enum(scrapeErrorCodes),
  /** HTTP status, when there was one. */
  status: z.number().int().optional(),
  message: z.string().max(1_000),
});
export type ScrapeError = z.infer<typeof scrapeError>;

/** What a run of a source produced; signed and stored in scrape_results.payload. */
export const scrapeResult = z.object({
  events: z.array(scrapedEvent),
  errors: z.array(scrapeError),
  pages: z.object({
    fetched: z.number().int().min(0),
    notModified: z.number().int().min(0),
    failed: z.number().int().min(0),
  }),
  /**
   * False when a page that lists events (a month, a sitemap, a feed) failed: events missing from
   * such a run are not "gone", so the importer must not mark anything gone from it.
   */
  complete: z.boolean(),
});
export type ScrapeResult = z.infer<typeof scrapeResult>;

/** The fields staff care about; a change in any of them makes a staged event "changed". */
export type EventContent = Omit<ScrapedEvent, "sourceId" | "externalId" | "contentHash">;

/**
 * sha256 (hex) of the canonical JSON of an event's content. Instants are hashed as UTC, so the
 * same moment written with another offset is no change.
 */
export function eventContentHash(content: EventContent): string {
  const utc = (iso: string | null) => (iso === null ? null : new Date(iso).toISOString());
  const fields: EventContent = {
    titleEn: content.titleEn,
    titleAr: content.titleAr,
    descriptionEn: content.descriptionEn,
    descriptionAr: content.descriptionAr,
    startsAt: utc(content.startsAt) as string,
    endsAt: utc(content.endsAt),
    allDay: content.allDay,
    venueEn: content.venueEn,
    venueAr: content.venueAr,
    organiser: content.organiser,
    url: content.url,
    imageUrl: content.imageUrl,
    category: content.category,
  };
  return createHash("sha256").update(canonicalJson(fields)).digest("hex");
}
