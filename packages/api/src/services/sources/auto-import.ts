import { type ScrapeRun, type ScrapeSource, scrapedEvents } from "@taqweem/db";
import { inArray } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import { DomainError } from "../../domain-error";
import type { Tx } from "../tx";
import { importStagedEvent } from "./import-event";

/**
 * A source with auto-import takes its new events into the calendar (as drafts or published, as the
 * source says), in the importer's transaction, by the system (no member). An event that does not
 * make a valid calendar event stays staged for review. Changes to imported events always wait for staff to accept them.
 */
export async function autoImportNew(
  tx: Tx,
  boss: PgBoss,
  source: ScrapeSource,
  run: ScrapeRun,
  stagedIds: string[],
) {
  if (stagedIds.length === 0) return;
  const created = await tx.select().from(scrapedEvents).where(inArray(scrapedEvents.id, stagedIds));
  const system = { orgId: run.orgId, userId: null };
  for (const staged of created) {
    try {
      await tx.transaction((savepoint) =>
        importStagedEvent(savepoint, boss, system, staged, {
          status: source.autoImportStatus,
          categoryId: null,
        }),
      );
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
    }
  }
}
