import { events, scrapedEvents, scrapedEventVersions, scrapeSources } from "@taqweem/db";
import { and, eq, isNull, type SQL } from "drizzle-orm";
import { afterCursor, newestFirst, toPage } from "../pagination";
import type { Executor } from "../tx";
import { versionChanges } from "./fields";
import type { ReviewListInput } from "./inputs";
import { findStaged, ignoredFieldsOf, pendingOf } from "./staged";
import { versionsOf } from "./versions";

const pageKeys = { createdAt: scrapedEvents.firstSeenAt, id: scrapedEvents.id };

/**
 * Staged events for the review page, newest first: by default those waiting for staff (new, or
 * changed since staff last dealt with them), else every event in the given state.
 */
export async function reviewList(db: Executor, orgId: string, input: ReviewListInput) {
  const filters: Array<SQL | undefined> = [
    eq(scrapedEvents.orgId, orgId),
    input.sourceId ? eq(scrapedEvents.sourceId, input.sourceId) : undefined,
    input.state
      ? eq(scrapedEvents.state, input.state)
      : and(eq(scrapedEvents.needsReview, true), isNull(scrapedEvents.ignoredAt)),
    afterCursor(pageKeys, input.cursor),
  ];
  const rows = await db
    .select({
      id: scrapedEvents.id,
      createdAt: scrapedEvents.firstSeenAt,
      state: scrapedEvents.state,
      lastSeenAt: scrapedEvents.lastSeenAt,
      ignoredAt: scrapedEvents.ignoredAt,
      eventId: scrapedEvents.eventId,
      source: { id: scrapeSources.id, name: scrapeSources.name, kind: scrapeSources.kind },
      fields: scrapedEventVersions.fields,
    })
    .from(scrapedEvents)
    .innerJoin(scrapeSources, eq(scrapeSources.id, scrapedEvents.sourceId))
    .innerJoin(scrapedEventVersions, eq(scrapedEventVersions.id, scrapedEvents.latestVersionId))
    .where(and(...filters))
    .orderBy(...newestFirst(pageKeys))
    .limit(input.limit + 1);
  const page = toPage(rows, input.limit);
  return {
    ...page,
    items: page.items.map(({ fields, ...item }) => ({
      ...item,
      titleEn: fields.titleEn,
      titleAr: fields.titleAr,
      startsAt: new Date(fields.startsAt),
    })),
  };
}

/**
 * One staged event with its source, every version, and its difference: against the calendar event
 * it was imported as (what the source changed that the event has not taken), or, before import,
 * against the version before.
 */
export async function stagedDetail(db: Executor, orgId: string, id: string) {
  const staged = await findStaged(db, orgId, id);
  const [[source], versions, ignoredFields, pending] = await Promise.all([
    db
      .select({ id: scrapeSources.id, name: scrapeSources.name, kind: scrapeSources.kind })
      .from(scrapeSources)
      .where(eq(scrapeSources.id, staged.sourceId)),
    versionsOf(db, staged.id),
    ignoredFieldsOf(db, staged.id),
    pendingOf(db, staged),
  ]);
  const [latest, previous] = versions;
  const event = pending.event
    ? {
        id: pending.event.id,
        version: pending.event.version,
        titleEn: pending.event.titleEn,
        titleAr: pending.event.titleAr,
        status: pending.event.status,
      }
    : null;
  return {
    id: staged.id,
    externalId: staged.externalId,
    state: staged.state,
    firstSeenAt: staged.firstSeenAt,
    lastSeenAt: staged.lastSeenAt,
    goneAt: staged.goneAt,
    ignoredAt: staged.ignoredAt,
    needsReview: staged.needsReview,
    importedVersionId: staged.importedVersionId,
    source: source!,
    event,
    ignoredFields: [...ignoredFields],
    versions,
    /** Imported: the source's changes the event has not taken. */
    pendingChanges: pending.changes,
    /** Not imported: what the latest version changed against the one before (all fields for a first version). */
    versionChanges: latest && !event ? versionChanges(previous?.fields ?? null, latest.fields) : [],
  };
}

/** The staged event a calendar event came from, for the event page's "from source" link and gone flag. */
export async function sourceOfEvent(db: Executor, orgId: string, eventId: string) {
  const [row] = await db
    .select({
      stagedEventId: scrapedEvents.id,
      sourceName: scrapeSources.name,
      gone: scrapedEvents.state,
      goneAt: scrapedEvents.goneAt,
    })
    .from(scrapedEvents)
    .innerJoin(scrapeSources, eq(scrapeSources.id, scrapedEvents.sourceId))
    .innerJoin(events, eq(events.id, scrapedEvents.eventId))
    .where(and(eq(scrapedEvents.eventId, eventId), eq(scrapedEvents.orgId, orgId)));
  return row ? { ...row, gone: row.gone === "gone" } : null;
}
