import type { PgBoss } from "pg-boss";
import { type ScrapeRunPayload, scrapeRunOptions, scrapeRunPayload, scrapeRunQueue } from "../queues/scraper";

/** What a source's schedule depends on (a scrape_sources row and its organisation's zone). */
export interface SourceSchedule {
  id: string;
  enabled: boolean;
  /** Five-field cron, or null for "Run now" only. */
  schedule: string | null;
  /** The organisation's IANA time zone, in which the cron is read. */
  timeZone: string;
}

/**
 * Makes pg-boss's schedule of a source match the row: one schedule per source (the source id is
 * its key, so every replica shares it and it fires once), in the organisation's zone; none when the
 * source is disabled or has no cron. Idempotent: call it on every change of a source, and at start.
 */
export async function syncSourceSchedule(boss: PgBoss, source: SourceSchedule): Promise<void> {
  if (!source.enabled || !source.schedule) {
    await boss.unschedule(scrapeRunQueue.name, source.id);
    return;
  }
  const payload: ScrapeRunPayload = scrapeRunPayload.parse({ sourceId: source.id, trigger: "scheduled" });
  await boss.schedule(scrapeRunQueue.name, source.schedule, payload, {
    ...scrapeRunOptions(source.id),
    tz: source.timeZone,
    key: source.id,
  });
}

/** Removes a deleted source's schedule. */
export function removeSourceSchedule(boss: PgBoss, sourceId: string): Promise<void> {
  return boss.unschedule(scrapeRunQueue.name, sourceId);
}
