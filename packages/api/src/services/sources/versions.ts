import { type StagedEvent, scrapedEventVersions } from "@taqweem/db";
import { and, desc, eq, inArray } from "drizzle-orm";
import { fail } from "../../domain-error";
import { errorKeys } from "../../errors";
import type { Executor } from "../tx";
import { versionChanges } from "./fields";
import type { CompareVersionsInput } from "./inputs";
import { findStaged } from "./staged";

/** Every version of a staged event, newest first. */
export async function versionsOf(db: Executor, stagedId: string) {
  return db
    .select()
    .from(scrapedEventVersions)
    .where(eq(scrapedEventVersions.scrapedEventId, stagedId))
    .orderBy(desc(scrapedEventVersions.seenAt), desc(scrapedEventVersions.id));
}

/** The run that saw the staged event's current content. */
export async function latestRunIdOf(db: Executor, staged: StagedEvent): Promise<string | null> {
  if (!staged.latestVersionId) return null;
  const [version] = await db
    .select({ runId: scrapedEventVersions.runId })
    .from(scrapedEventVersions)
    .where(eq(scrapedEventVersions.id, staged.latestVersionId));
  return version?.runId ?? null;
}

/** Field-by-field difference between any two versions of one staged event of the organisation. */
export async function compareVersions(db: Executor, orgId: string, input: CompareVersionsInput) {
  const staged = await findStaged(db, orgId, input.id);
  const rows = await db
    .select()
    .from(scrapedEventVersions)
    .where(
      and(
        eq(scrapedEventVersions.scrapedEventId, staged.id),
        inArray(scrapedEventVersions.id, [input.from, input.to]),
      ),
    );
  const from = rows.find((row) => row.id === input.from);
  const to = rows.find((row) => row.id === input.to);
  if (!from || !to) fail("not_found", errorKeys.notFound);
  return { from, to, changes: versionChanges(from.fields, to.fields) };
}
