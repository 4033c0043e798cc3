import {
  events,
  type StagedEvent,
  scrapedEventIgnoredFields,
  scrapedEvents,
  scrapedEventVersions,
} from "@taqweem/db";
import { and, eq } from "drizzle-orm";
import { fail } from "../../domain-error";
import { errorKeys } from "../../errors";
import { orgTimeZone } from "../events/org-time-zone";
import type { Executor, Tx } from "../tx";
import { eventValues, pendingChanges, sourceValues } from "./fields";

/** One staged event of the organisation, locked for the transaction when `lock` is set. */
export async function findStaged(
  db: Executor | Tx,
  orgId: string,
  id: string,
  lock = false,
): Promise<StagedEvent> {
  const query = db
    .select()
    .from(scrapedEvents)
    .where(and(eq(scrapedEvents.id, id), eq(scrapedEvents.orgId, orgId)));
  const [staged] = lock ? await query.for("update") : await query;
  return staged ?? fail("not_found", errorKeys.notFound);
}

export async function ignoredFieldsOf(db: Executor, stagedId: string): Promise<Set<string>> {
  const rows = await db
    .select({ field: scrapedEventIgnoredFields.field })
    .from(scrapedEventIgnoredFields)
    .where(eq(scrapedEventIgnoredFields.scrapedEventId, stagedId));
  return new Set(rows.map((row) => row.field));
}

/**
 * What the source changed that the linked calendar event has not taken, with the event's version
 * (for accepting under optimistic concurrency). Empty for an event never imported.
 */
export async function pendingOf(db: Executor, staged: StagedEvent) {
  if (!staged.eventId || !staged.latestVersionId) return { event: null, changes: [] };
  const [[event], [latest]] = await Promise.all([
    db.select().from(events).where(eq(events.id, staged.eventId)),
    db.select().from(scrapedEventVersions).where(eq(scrapedEventVersions.id, staged.latestVersionId)),
  ]);
  if (!event || !latest) return { event: null, changes: [] };
  const timeZone = await orgTimeZone(db, staged.orgId);
  const changes = pendingChanges(
    sourceValues(latest.fields, timeZone),
    staged.reviewedFields,
    eventValues(event),
    await ignoredFieldsOf(db, staged.id),
  );
  return { event, changes };
}
