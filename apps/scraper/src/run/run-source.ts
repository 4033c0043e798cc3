import {
  type Database,
  organisations,
  type ScrapeRun,
  scrapeResults,
  scrapeRuns,
  scrapeSources,
} from "@taqweem/db";
import {
  fromDrizzle,
  publishEventInTx,
  type ScrapeResult,
  type ScrapeRunPayload,
  scrapeImportQueue,
  scrapeRunEventOf,
  sendJob,
  signScrapeResult,
} from "@taqweem/jobs";
import { eq, sql } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { Fetcher } from "../fetcher/fetcher";
import { collectSource, type RunProgress } from "./collect";

export interface RunDeps {
  db: Database;
  boss: PgBoss;
  fetcher: Pick<Fetcher, "get">;
  signingSecret: string;
  now?: () => Date;
}

export type RunOutcome =
  | { status: "skipped"; reason: "source_missing" | "source_disabled" | "already_done" }
  | { status: "succeeded" | "failed"; runId: string; result: ScrapeResult };

async function publishRun(db: Database, row: ScrapeRun | undefined): Promise<void> {
  if (row) await publishEventInTx(db, scrapeRunEventOf(row));
}

/**
 * The `scrape.run` handler: loads the source, marks its run `running` (the row "Run now" made, or
 * one named after the job, so a retried job reuses it), keeps the run's counters live as pages
 * come in (NOTIFY `scrape.run` on taqweem_events), then in one transaction stores the signed
 * result, finishes the run and enqueues `scrape.import`. A run where every page failed ends
 * `failed` with its errors and nothing to import.
 */
export async function runScrapeJob(
  deps: RunDeps,
  payload: ScrapeRunPayload,
  jobId: string,
): Promise<RunOutcome> {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());
  const [found] = await db
    .select({ source: scrapeSources, timeZone: organisations.timeZone })
    .from(scrapeSources)
    .innerJoin(organisations, eq(organisations.id, scrapeSources.orgId))
    .where(eq(scrapeSources.id, payload.sourceId));
  if (!found) return { status: "skipped", reason: "source_missing" };
  const { source, timeZone } = found;
  if (!source.enabled && payload.trigger === "scheduled")
    return { status: "skipped", reason: "source_disabled" };

  const runId = payload.runId ?? jobId;
  const [done] = await db
    .select({ id: scrapeResults.id })
    .from(scrapeResults)
    .where(eq(scrapeResults.runId, runId));
  if (done) return { status: "skipped", reason: "already_done" };

  const fresh = {
    status: "running" as const,
    startedAt: now(),
    finishedAt: null,
    pagesFetched: 0,
    pagesNotModified: 0,
    pagesFailed: 0,
    eventsFound: 0,
    errors: [],
  };
  const [started] = await db
    .insert(scrapeRuns)
    .values({ id: runId, orgId: source.orgId, sourceId: source.id, trigger: payload.trigger, ...fresh })
    .onConflictDoUpdate({
      target: scrapeRuns.id,
      set: fresh,
      setWhere: sql`${scrapeRuns.sourceId} = ${source.id}`,
    })
    .returning();
  if (!started) throw new Error(`run ${runId} belongs to another source`);
  await publishRun(db, started);

  const counters = (progress: RunProgress) => ({
    pagesFetched: progress.pages.fetched,
    pagesNotModified: progress.pages.notModified,
    pagesFailed: progress.pages.failed,
    eventsFound: progress.eventsFound,
    errors: progress.errors.map(({ url, code, message }) => ({ url, code, message })),
  });
  const update = (values: Partial<typeof scrapeRuns.$inferInsert>, executor: Database = db) =>
    executor.update(scrapeRuns).set(values).where(eq(scrapeRuns.id, runId)).returning();

  let result: ScrapeResult;
  try {
    result = await collectSource({
      source,
      timeZone,
      now: now(),
      fetcher: deps.fetcher,
      onProgress: async (progress) => publishRun(db, (await update(counters(progress)))[0]),
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const [failed] = await update({
      status: "failed",
      finishedAt: now(),
      errors: [{ url: source.baseUrl, code: "crash", message: message.slice(0, 1_000) }],
    });
    await publishRun(db, failed);
    throw error;
  }

  const progress = { pages: result.pages, eventsFound: result.events.length, errors: result.errors };
  const nothingRead = result.pages.fetched + result.pages.notModified === 0;
  if (nothingRead) {
    const [failed] = await update({ ...counters(progress), status: "failed", finishedAt: now() });
    await publishRun(db, failed);
    return { status: "failed", runId, result };
  }

  const signed = signScrapeResult({ runId, sourceId: source.id, result }, deps.signingSecret, now());
  await db.transaction(async (tx) => {
    await tx.insert(scrapeResults).values({
      runId,
      sourceId: source.id,
      payload: signed.result,
      signedAt: new Date(signed.signedAt),
      signature: signed.signature,
    });
    const [finished] = await update(
      { ...counters(progress), status: "succeeded", finishedAt: now() },
      tx as unknown as Database,
    );
    await sendJob(deps.boss, scrapeImportQueue, { runId }, { db: fromDrizzle(tx, sql) });
    await publishRun(tx as unknown as Database, finished);
  });
  return { status: "succeeded", runId, result };
}
