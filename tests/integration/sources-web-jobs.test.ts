import { registerWebJobs } from "@taqweem/api";
import { getDb, scrapedEvents } from "@taqweem/db";
import { scrapeImportQueue, sendJob } from "@taqweem/jobs";
import { type RunningWorker, runWorker } from "@taqweem/jobs/runtime";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { callerFor, createOrg } from "../support/fixtures";
import { boss } from "../support/planning";
import { finishedRun, importOptions, resultOf, runRow, scraped } from "../support/scrape";

describe("web-jobs imports scrape results from the scrape.import queue", () => {
  let worker: RunningWorker;
  beforeAll(async () => {
    worker = await runWorker({
      kind: "web-jobs",
      version: "test",
      port: 0,
      databaseUrl: inject("databaseUrl"),
      setup: (ctx) =>
        registerWebJobs(ctx, {
          email: { apiKey: null, from: "a@b.test" },
          scrapeImport: { secret: importOptions.secret, maxAgeSeconds: 3600, suspectRatio: 0.5 },
        }),
    });
  });
  afterAll(() => worker.stop());

  it("stages a signed result sent through pg-boss, and a second job for the run changes nothing", async () => {
    const { admin } = await createOrg("scrape-jobs");
    const source = await (await callerFor(admin)).sources.create({
      kind: "ical",
      name: "Feed",
      baseUrl: "http://127.0.0.1:9/",
      startUrl: "http://127.0.0.1:9/feed.ics",
    });
    const run = await finishedRun(admin.orgId, source.id, resultOf([scraped(source.id, "uid-1", 5)]));
    await sendJob(await boss(), scrapeImportQueue, { runId: run.id });
    await expect
      .poll(async () => (await runRow(run.id)).eventsNew, { timeout: 15_000, interval: 200 })
      .toBe(1);

    await sendJob(await boss(), scrapeImportQueue, { runId: run.id });
    const staged = () => getDb().select().from(scrapedEvents).where(eq(scrapedEvents.sourceId, source.id));
    await expect
      .poll(async () => (await (await callerFor(admin)).sources.runs({})).items[0]?.replaysRefused, {
        timeout: 15_000,
        interval: 200,
      })
      .toBe(1);
    expect(await staged()).toHaveLength(1);
  });
});
