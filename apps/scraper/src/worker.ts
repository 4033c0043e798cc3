import { type Database, organisations, scrapeSources } from "@taqweem/db";
import { scrapeRunQueue, scrapeSigningConfigFromEnv, syncSourceSchedule } from "@taqweem/jobs";
import type { WorkerContext } from "@taqweem/jobs/runtime";
import { eq } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import { ROBOTS_AGENT, type ScraperConfig, userAgent } from "./config";
import { Fetcher } from "./fetcher/fetcher";
import { DbPageCache } from "./run/page-cache";
import { runScrapeJob } from "./run/run-source";

/**
 * Brings pg-boss's schedules in line with scrape_sources: one per enabled source with a cron (in
 * its organisation's zone), none for the others or for sources that no longer exist.
 */
export async function syncAllSchedules(db: Database, boss: PgBoss): Promise<number> {
  const rows = await db
    .select({
      id: scrapeSources.id,
      enabled: scrapeSources.enabled,
      schedule: scrapeSources.schedule,
      timeZone: organisations.timeZone,
    })
    .from(scrapeSources)
    .innerJoin(organisations, eq(organisations.id, scrapeSources.orgId));
  for (const row of rows) await syncSourceSchedule(boss, row);
  const known = new Set(rows.map((row) => row.id));
  for (const schedule of await boss.getSchedules(scrapeRunQueue.name))
    if (schedule.key && !known.has(schedule.key)) await boss.unschedule(scrapeRunQueue.name, schedule.key);
  return rows.filter((row) => row.enabled && row.schedule).length;
}

/** The scraper's work: `scrape.run` jobs, one source run at a time per source (the queue's policy). */
export function scraperSetup(config: ScraperConfig, version: string) {
  // Read before connecting: no signing secret, no start.
  const { secret } = scrapeSigningConfigFromEnv();
  return async (ctx: WorkerContext) => {
    const fetcher = new Fetcher(
      { ...config, userAgent: userAgent(config, version), robotsAgent: ROBOTS_AGENT },
      new DbPageCache(ctx.db),
    );
    const scheduled = await syncAllSchedules(ctx.db, ctx.boss);
    ctx.log.info({ scheduled }, "source schedules in place");
    await ctx.work(
      scrapeRunQueue,
      async (payload, job) => {
        const outcome = await runScrapeJob(
          { db: ctx.db, boss: ctx.boss, fetcher, signingSecret: secret },
          payload,
          job.id,
        );
        return outcome.status === "skipped"
          ? outcome
          : { status: outcome.status, runId: outcome.runId, events: outcome.result.events.length };
      },
      // Runs of different sources side by side (the fetcher still paces each host).
      { localConcurrency: 2 },
    );
  };
}
