import { scrapeTriggers } from "@taqweem/db";
import type { PgBoss, SendOptions } from "pg-boss";
import { z } from "zod";
import { defineQueue, type QueueDefinition } from "../queue";
import { sendJob } from "../send";

/**
 * Runs one source. "Run now" creates the scrape_runs row (status `queued`) and passes its id; a
 * scheduled job has none and the scraper creates the row.
 */
export const scrapeRunPayload = z.object({
  sourceId: z.uuid(),
  runId: z.uuid().optional(),
  trigger: z.enum(scrapeTriggers),
});
export type ScrapeRunPayload = z.infer<typeof scrapeRunPayload>;

export const scrapeRunQueue = defineQueue("scrape.run", scrapeRunPayload, {
  // `stately` with the source id as singletonKey: per source at most one job queued and one
  // active, so a run of a source never overlaps another run of it, and a second "Run now" while
  // one waits is refused by pg-boss (sendJob throws; roll back the run row with it).
  policy: "stately",
  retryLimit: 2,
  retryDelay: 60,
  retryBackoff: true,
  expireInSeconds: 30 * 60,
  // A scraper that dies mid-run stops heartbeating; pg-boss then retries the job elsewhere.
  heartbeatSeconds: 60,
});

/** Imports one run's signed result (web-jobs verifies, stages and diffs it). */
export const scrapeImportPayload = z.object({ runId: z.uuid() });
export type ScrapeImportPayload = z.infer<typeof scrapeImportPayload>;

export const scrapeImportQueue = defineQueue("scrape.import", scrapeImportPayload, {
  retryLimit: 5,
  retryDelay: 10,
  retryBackoff: true,
  expireInSeconds: 10 * 60,
});

export const scraperQueues: QueueDefinition[] = [scrapeRunQueue, scrapeImportQueue];

/** The options that make pg-boss keep one run per source: the source id is the singleton key. */
export const scrapeRunOptions = (sourceId: string): SendOptions => ({ singletonKey: sourceId });

/** Sends `scrape.run` for a source; pass `db: fromDrizzle(tx, sql)` to enqueue with the run row. */
export function sendScrapeRun(
  boss: PgBoss,
  payload: ScrapeRunPayload,
  options: SendOptions = {},
): Promise<string> {
  return sendJob(boss, scrapeRunQueue, payload, { ...options, ...scrapeRunOptions(payload.sourceId) });
}
