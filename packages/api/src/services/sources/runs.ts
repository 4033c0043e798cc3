import { type Database, scrapeImports, scrapeRuns, scrapeSources } from "@taqweem/db";
import {
  fromDrizzle,
  publishEventInTx,
  scrapeRunEventOf,
  scrapeRunQueue,
  sendScrapeRun,
} from "@taqweem/jobs";
import { and, eq, gt, or, type SQL, sql } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import { fail } from "../../domain-error";
import { errorKeys } from "../../errors";
import type { Actor } from "../actor";
import { afterCursor, newestFirst, toPage } from "../pagination";
import type { Executor } from "../tx";
import type { RunsInput } from "./inputs";

// A run still "running" after its job's expiry died with its scraper; it no longer blocks "Run now".
const runningExpiryMs = (scrapeRunQueue.options.expireInSeconds ?? 30 * 60) * 1000;

/**
 * "Run now": records a queued run and sends `scrape.run` in one transaction. Refused while a run
 * of the source is queued or running (pg-boss's per-source singleton refuses it too).
 */
export async function runSourceNow(db: Database, boss: PgBoss, actor: Actor, sourceId: string) {
  return db.transaction(async (tx) => {
    const [source] = await tx
      .select({ id: scrapeSources.id })
      .from(scrapeSources)
      .where(and(eq(scrapeSources.id, sourceId), eq(scrapeSources.orgId, actor.orgId)))
      .for("update");
    if (!source) fail("not_found", errorKeys.notFound);
    const busy = await tx
      .select({ id: scrapeRuns.id })
      .from(scrapeRuns)
      .where(
        and(
          eq(scrapeRuns.sourceId, sourceId),
          or(
            eq(scrapeRuns.status, "queued"),
            and(
              eq(scrapeRuns.status, "running"),
              gt(scrapeRuns.createdAt, new Date(Date.now() - runningExpiryMs)),
            ),
          ),
        ),
      )
      .limit(1);
    if (busy.length > 0) fail("conflict", errorKeys.sourceRunInProgress);
    const [run] = await tx
      .insert(scrapeRuns)
      .values({
        orgId: actor.orgId,
        sourceId,
        trigger: "manual",
        requestedBy: actor.userId,
        status: "queued",
      })
      .returning();
    try {
      await sendScrapeRun(
        boss,
        { sourceId, runId: run!.id, trigger: "manual" },
        { db: fromDrizzle(tx, sql) },
      );
    } catch (error) {
      // pg-boss's per-source singleton: a scheduled run of the source is waiting or active.
      if (error instanceof Error && error.message.includes("refused"))
        fail("conflict", errorKeys.sourceRunInProgress);
      throw error;
    }
    await publishEventInTx(tx, scrapeRunEventOf(run!));
    return run!;
  });
}

/** The organisation's runs, newest first, with the importer's record (refusals, replays). */
export async function listRuns(db: Executor, orgId: string, input: RunsInput) {
  const keys = { createdAt: scrapeRuns.createdAt, id: scrapeRuns.id };
  const filters: Array<SQL | undefined> = [
    eq(scrapeRuns.orgId, orgId),
    input.sourceId ? eq(scrapeRuns.sourceId, input.sourceId) : undefined,
    afterCursor(keys, input.cursor),
  ];
  const rows = await db
    .select({
      run: scrapeRuns,
      sourceName: scrapeSources.name,
      replaysRefused: scrapeImports.replaysRefused,
      importedAt: scrapeImports.handledAt,
    })
    .from(scrapeRuns)
    .innerJoin(scrapeSources, eq(scrapeSources.id, scrapeRuns.sourceId))
    .leftJoin(scrapeImports, eq(scrapeImports.runId, scrapeRuns.id))
    .where(and(...filters))
    .orderBy(...newestFirst(keys))
    .limit(input.limit + 1);
  const flat = rows.map(({ run, ...rest }) => ({
    ...run,
    ...rest,
    replaysRefused: rest.replaysRefused ?? 0,
  }));
  return toPage(flat, input.limit);
}
