import { type ScrapeRun, scrapeImports, scrapeRuns } from "@taqweem/db";
import type { ScrapeResult } from "@taqweem/jobs";
import { and, desc, eq, ne } from "drizzle-orm";
import type { Tx } from "../tx";
import { distinctEvents } from "./stage";

export type SuspectReason = "none_found" | "far_fewer";

/** Pure rule: none at all, or fewer than `ratio` of the last good run's count. */
export function suspectReason(found: number, lastGood: number | null, ratio: number): SuspectReason | null {
  if (found === 0) return "none_found";
  if (lastGood !== null && found < lastGood * ratio) return "far_fewer";
  return null;
}

/**
 * Why a verified result should change nothing, compared with the source's last run the importer
 * staged: a site that changed its markup or answered with an empty page looks like this.
 */
export async function suspicion(tx: Tx, run: ScrapeRun, result: ScrapeResult, ratio: number) {
  const [lastGood] = await tx
    .select({ found: scrapeRuns.eventsFound })
    .from(scrapeImports)
    .innerJoin(scrapeRuns, eq(scrapeRuns.id, scrapeImports.runId))
    .where(
      and(
        eq(scrapeRuns.sourceId, run.sourceId),
        eq(scrapeImports.outcome, "imported"),
        ne(scrapeRuns.id, run.id),
      ),
    )
    .orderBy(desc(scrapeImports.handledAt))
    .limit(1);
  return suspectReason(distinctEvents(result).length, lastGood?.found ?? null, ratio);
}
