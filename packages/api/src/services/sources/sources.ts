import { type Database, type ScrapeSource, scrapeRuns, scrapeSources } from "@taqweem/db";
import { syncSourceSchedule } from "@taqweem/jobs";
import { and, asc, desc, eq } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import { fail } from "../../domain-error";
import { errorKeys } from "../../errors";
import type { Actor } from "../actor";
import { recordAudit } from "../audit";
import { changes, isUniqueViolation } from "../changes";
import { orgTimeZone } from "../events/org-time-zone";
import type { Executor } from "../tx";
import type { CreateSourceInput, UpdateSourceInput } from "./inputs";

const uniqueName = "scrape_sources_org_name_uq";

async function guardUnique<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error, uniqueName)) fail("conflict", errorKeys.sourceExists);
    throw error;
  }
}

/** pg-boss's schedule follows the row: one per enabled source with a cron, in the organisation's zone. */
async function syncSchedule(db: Executor, boss: PgBoss, source: ScrapeSource) {
  await syncSourceSchedule(boss, { ...source, timeZone: await orgTimeZone(db, source.orgId) });
}

/** The organisation's sources by name, each with its newest run. */
export async function listSources(db: Executor, orgId: string) {
  const [sources, lastRuns] = await Promise.all([
    db.select().from(scrapeSources).where(eq(scrapeSources.orgId, orgId)).orderBy(asc(scrapeSources.name)),
    db
      .selectDistinctOn([scrapeRuns.sourceId])
      .from(scrapeRuns)
      .where(eq(scrapeRuns.orgId, orgId))
      .orderBy(scrapeRuns.sourceId, desc(scrapeRuns.createdAt), desc(scrapeRuns.id)),
  ]);
  const lastRunOf = new Map(lastRuns.map((run) => [run.sourceId, run]));
  return sources.map((source) => ({ ...source, lastRun: lastRunOf.get(source.id) ?? null }));
}

export async function createSource(db: Database, boss: PgBoss, actor: Actor, input: CreateSourceInput) {
  const source = await guardUnique(() =>
    db.transaction(async (tx) => {
      const [created] = await tx
        .insert(scrapeSources)
        .values({ ...input, orgId: actor.orgId })
        .returning();
      await recordAudit(tx, {
        orgId: actor.orgId,
        actorId: actor.userId,
        action: "source.create",
        entity: "scrape_source",
        entityId: created!.id,
        diff: changes({}, input),
      });
      return created!;
    }),
  );
  await syncSchedule(db, boss, source);
  return source;
}

export async function updateSource(
  db: Database,
  boss: PgBoss,
  actor: Actor,
  { id, ...patch }: UpdateSourceInput,
) {
  const source = await guardUnique(() =>
    db.transaction(async (tx) => {
      const [current] = await tx
        .select()
        .from(scrapeSources)
        .where(and(eq(scrapeSources.id, id), eq(scrapeSources.orgId, actor.orgId)))
        .for("update");
      if (!current) fail("not_found", errorKeys.notFound);
      const diff = changes(current, patch);
      if (Object.keys(diff).length === 0) return current;
      const [updated] = await tx
        .update(scrapeSources)
        .set({ ...patch, updatedAt: new Date() })
        .where(eq(scrapeSources.id, id))
        .returning();
      await recordAudit(tx, {
        orgId: actor.orgId,
        actorId: actor.userId,
        action: "source.update",
        entity: "scrape_source",
        entityId: id,
        diff,
      });
      return updated!;
    }),
  );
  await syncSchedule(db, boss, source);
  return source;
}
