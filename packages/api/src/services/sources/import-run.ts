import {
  type Database,
  type ScrapeRun,
  scrapeImports,
  scrapeResults,
  scrapeRuns,
  scrapeSources,
} from "@taqweem/db";
import {
  publishEventInTx,
  type ScrapeResult,
  scrapeRunEventOf,
  signedFromRow,
  verifyScrapeResult,
} from "@taqweem/jobs";
import { and, eq, sql } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { Tx } from "../tx";
import { autoImportNew } from "./auto-import";
import { type StageCounts, stageResult } from "./stage";
import { suspicion } from "./suspect";

export interface ImportRunOptions {
  /** SCRAPER_SIGNING_SECRET, shared with the scraper. */
  secret: string;
  /** A result signed longer ago than this is refused. */
  maxAgeSeconds: number;
  /** A run that finds fewer than this share of the last good run's events is suspect. */
  suspectRatio: number;
  now?: Date;
}

export type ImportRunOutcome =
  | { outcome: "imported"; counts: StageCounts }
  | { outcome: "suspect" | "refused"; reason: string }
  | { outcome: "replayed" | "missing" };

async function finish(
  tx: Tx,
  run: ScrapeRun,
  change: Partial<ScrapeRun>,
  record: { outcome: "imported" | "suspect" | "refused"; reason: string | null },
) {
  const [updated] = await tx.update(scrapeRuns).set(change).where(eq(scrapeRuns.id, run.id)).returning();
  await tx.insert(scrapeImports).values({ runId: run.id, orgId: run.orgId, ...record });
  await publishEventInTx(tx, scrapeRunEventOf(updated!));
}

/** The stored result of the run, verified; or why it is refused. */
async function verifiedResult(
  tx: Tx,
  run: ScrapeRun,
  options: ImportRunOptions,
): Promise<{ ok: true; result: ScrapeResult } | { ok: false; reason: string }> {
  const [row] = await tx.select().from(scrapeResults).where(eq(scrapeResults.runId, run.id));
  if (!row) return { ok: false, reason: "unsigned" };
  // The run row is the scraper's to write: the signed source must be the run's, in the run's organisation.
  if (row.sourceId !== run.sourceId) return { ok: false, reason: "bad_signature" };
  const verified = verifyScrapeResult(signedFromRow(row), {
    secret: options.secret,
    maxAgeSeconds: options.maxAgeSeconds,
    now: options.now,
  });
  if (!verified.ok) return verified;
  const wrongSource = verified.result.events.some((event) => event.sourceId !== run.sourceId);
  return wrongSource ? { ok: false, reason: "invalid_payload" } : verified;
}

/**
 * The `scrape.import` handler: verifies a run's signed result and stages it, in one transaction.
 * A run id the importer has handled before is a replay: refused and counted, nothing written. An
 * unsigned, tampered, too old or malformed result is refused and recorded on the run; a run that
 * finds none or far fewer events than the source's last good run is suspect and changes nothing.
 */
export async function importRun(
  db: Database,
  boss: PgBoss,
  runId: string,
  options: ImportRunOptions,
): Promise<ImportRunOutcome> {
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    const [run] = await tx.select().from(scrapeRuns).where(eq(scrapeRuns.id, runId)).for("update");
    if (!run) return { outcome: "missing" };
    const [seen] = await tx
      .update(scrapeImports)
      .set({ replaysRefused: sql`${scrapeImports.replaysRefused} + 1`, lastReplayAt: now })
      .where(eq(scrapeImports.runId, run.id))
      .returning();
    if (seen) return { outcome: "replayed" };

    const verified = await verifiedResult(tx, run, options);
    if (!verified.ok) {
      await finish(
        tx,
        run,
        { status: "refused", refusalReason: verified.reason, finishedAt: run.finishedAt ?? now },
        { outcome: "refused", reason: verified.reason },
      );
      return { outcome: "refused", reason: verified.reason };
    }

    const [source] = await tx
      .select()
      .from(scrapeSources)
      .where(and(eq(scrapeSources.id, run.sourceId), eq(scrapeSources.orgId, run.orgId)))
      .for("update");
    if (!source) return { outcome: "missing" };
    const suspect = await suspicion(tx, run, verified.result, options.suspectRatio);
    if (suspect) {
      await finish(
        tx,
        run,
        { status: "suspect", refusalReason: suspect },
        { outcome: "suspect", reason: suspect },
      );
      return { outcome: "suspect", reason: suspect };
    }

    const { counts, created } = await stageResult(tx, run, verified.result, now);
    if (source.autoImport) await autoImportNew(tx, boss, source, run, created);
    await finish(tx, run, counts, { outcome: "imported", reason: null });
    return { outcome: "imported", counts };
  });
}
