import { createConnection, getDb, scrapeResults, scrapeRuns, scrapeSources } from "@taqweem/db";
import {
  type AppEvent,
  createBoss,
  provisionScraperRole,
  SCRAPER_ROLE,
  scrapeImportQueue,
  scrapeRunQueue,
  sendScrapeRun,
  signedFromRow,
  subscribeEvents,
  verifyScrapeResult,
} from "@taqweem/jobs";
import { runWorker } from "@taqweem/jobs/runtime";
import { eq } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { scraperConfigFromEnv } from "../../apps/scraper/src/config";
import { Fetcher, MemoryPageCache } from "../../apps/scraper/src/fetcher/fetcher";
import { runScrapeJob } from "../../apps/scraper/src/run/run-source";
import { scraperSetup } from "../../apps/scraper/src/worker";
import { createOrg } from "../support/fixtures";
import { type ScraperFixtureServer, startScraperFixtureServer } from "../support/scraper-fixture-server";

const url = inject("databaseUrl");
const password = `scraper-${crypto.randomUUID()}`;
const scraperUrl = Object.assign(new URL(url), { username: SCRAPER_ROLE, password }).toString();
const secret = "integration-signing-secret-0123456789abcdef";

let server: ScraperFixtureServer;
let asScraper: postgres.Sql;
beforeAll(async () => {
  await provisionScraperRole(url, password);
  asScraper = postgres(scraperUrl, { max: 1, onnotice: () => {} });
  server = await startScraperFixtureServer({ crawlDelaySeconds: 0 });
});
afterAll(async () => {
  await asScraper.end();
  await server.close();
});

async function until<T>(read: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("the scraper's database role", () => {
  it("cannot read users or events, nor change sources", async () => {
    await expect(asScraper`select id from users limit 1`).rejects.toThrow(
      /permission denied for table users/,
    );
    await expect(asScraper`select id from events limit 1`).rejects.toThrow(
      /permission denied for table events/,
    );
    await expect(asScraper`select id, slug from organisations limit 1`).rejects.toThrow(/permission denied/);
    await expect(asScraper`update scrape_sources set enabled = false`).rejects.toThrow(/permission denied/);
    await expect(asScraper`delete from scrape_results`).rejects.toThrow(/permission denied/);
    const { org } = await createOrg("scraper-role");
    const [zone] = await asScraper`select time_zone from organisations where id = ${org.id}`;
    expect(zone).toEqual({ time_zone: "Asia/Dubai" });
  });
});

describe("a scrape run through the worker, connected as the scraper role", () => {
  it("registers, schedules the source, runs it, signs the result and enqueues its import", async () => {
    const { org } = await createOrg("scraper");
    const [source] = await getDb()
      .insert(scrapeSources)
      .values({ orgId: org.id, kind: "adnec", name: "ADNEC", schedule: "0 6 * * *", ...server.sources.adnec })
      .returning();
    const producer = createBoss("producer", url);
    await producer.start();
    await sendScrapeRun(producer, { sourceId: source!.id, trigger: "manual" });
    // A second run of the same source while one waits is refused (and one runs at a time).
    await expect(sendScrapeRun(producer, { sourceId: source!.id, trigger: "manual" })).rejects.toThrow(
      /singleton/,
    );

    const listener = postgres(url, { max: 1, onnotice: () => {} });
    const seen: AppEvent[] = [];
    const { unlisten } = await subscribeEvents(listener, (event) => {
      if (event.type === "scrape.run" && event.sourceId === source!.id) seen.push(event);
    });
    process.env.SCRAPER_SIGNING_SECRET = secret;
    const config = {
      ...scraperConfigFromEnv({}),
      hostDelayMs: 0,
      retryBaseDelayMs: 5,
      requestTimeoutMs: 2_000,
    };
    const worker = await runWorker({
      kind: "scraper",
      version: "test",
      port: 0,
      databaseUrl: scraperUrl,
      setup: scraperSetup(config, "test"),
    });
    try {
      const schedule = await producer.getSchedule(scrapeRunQueue.name, source!.id);
      expect(schedule).toMatchObject({
        cron: "0 6 * * *",
        timezone: "Asia/Dubai",
        key: source!.id,
        data: { sourceId: source!.id, trigger: "scheduled" },
        options: { singletonKey: source!.id },
      });

      const run = await until(async () => {
        const [row] = await getDb().select().from(scrapeRuns).where(eq(scrapeRuns.sourceId, source!.id));
        return row?.status === "succeeded" ? row : undefined;
      });
      expect(run).toMatchObject({
        orgId: org.id,
        trigger: "manual",
        pagesFetched: 8,
        pagesNotModified: 0,
        pagesFailed: 0,
        eventsFound: 3,
        errors: [],
      });

      const [stored] = await getDb().select().from(scrapeResults).where(eq(scrapeResults.runId, run.id));
      const verified = verifyScrapeResult(signedFromRow(stored!), { secret, maxAgeSeconds: 600 });
      expect(verified.ok).toBe(true);
      if (verified.ok) {
        expect(verified.result.complete).toBe(true);
        expect(verified.result.events.map((event) => event.externalId).sort()).toEqual([
          "abu-dhabi-international-petroleum-exhibition",
          "international-defence-exhibition",
          "world-future-energy-summit",
        ]);
      }
      // A payload changed in the table no longer verifies.
      const signed = signedFromRow(stored!);
      const tampered = { ...signed, result: { ...signed.result, events: signed.result.events.slice(1) } };
      expect(verifyScrapeResult(tampered, { secret, maxAgeSeconds: 600 })).toEqual({
        ok: false,
        reason: "bad_signature",
      });

      const [job] = await listener`
        select data from pgboss.job where name = ${scrapeImportQueue.name} and data->>'runId' = ${run.id}`;
      expect(job?.data).toEqual({ runId: run.id });

      await until(async () =>
        seen.some((event) => event.type === "scrape.run" && event.status === "succeeded") ? true : undefined,
      );
      const statuses = seen.map((event) => (event.type === "scrape.run" ? event.status : null));
      expect(statuses[0]).toBe("running");
      expect(statuses.at(-1)).toBe("succeeded");
      expect(seen.length).toBeGreaterThan(3);
    } finally {
      await unlisten();
      await listener.end();
      await producer.stop({ graceful: false });
      await worker.stop();
    }
  });
});

describe("a run that reads nothing", () => {
  it("ends failed with its errors, and neither stores a result nor enqueues an import", async () => {
    const { org } = await createOrg("scraper-down");
    const [source] = await getDb()
      .insert(scrapeSources)
      // Nothing listens on port 9 of the loopback: every page fails.
      .values({ orgId: org.id, kind: "adnec", name: "Down", baseUrl: "http://127.0.0.1:9/adnec" })
      .returning();
    const { db, sql } = createConnection(scraperUrl, { max: 2 });
    const boss = createBoss("producer", scraperUrl);
    await boss.start();
    try {
      const fetcher = new Fetcher(
        {
          ...scraperConfigFromEnv({}),
          userAgent: "TaqweemBot/test",
          robotsAgent: "TaqweemBot",
          hostDelayMs: 0,
          retryBaseDelayMs: 1,
        },
        new MemoryPageCache(),
      );
      const runId = crypto.randomUUID();
      const outcome = await runScrapeJob(
        { db, boss, fetcher, signingSecret: secret },
        { sourceId: source!.id, runId, trigger: "manual" },
        crypto.randomUUID(),
      );
      expect(outcome.status).toBe("failed");
      const [run] = await getDb().select().from(scrapeRuns).where(eq(scrapeRuns.id, runId));
      expect(run).toMatchObject({ status: "failed", pagesFetched: 0, pagesFailed: 2 });
      expect(run!.errors.map((error) => [error.code, error.message])).toEqual(
        Array(2).fill(["robots_disallowed", expect.stringContaining("robots.txt could not be read")]),
      );
      expect(await getDb().select().from(scrapeResults).where(eq(scrapeResults.runId, runId))).toEqual([]);
      const jobs =
        await sql`select id from pgboss.job where name = ${scrapeImportQueue.name} and data->>'runId' = ${runId}`;
      expect(jobs).toHaveLength(0);
    } finally {
      await boss.stop({ graceful: false });
      await sql.end();
    }
  });
});
