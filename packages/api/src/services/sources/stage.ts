import {
  type ScrapeRun,
  type StagedEvent,
  type StagedFields,
  scrapedEvents,
  scrapedEventVersions,
} from "@taqweem/db";
import type { ScrapedEvent, ScrapeResult } from "@taqweem/jobs";
import { eq } from "drizzle-orm";
import type { Tx } from "../tx";
import { pendingOf } from "./staged";

export interface StageCounts {
  eventsNew: number;
  eventsChanged: number;
  eventsUnchanged: number;
  eventsGone: number;
}

const utc = (iso: string | null) => (iso === null ? null : new Date(iso).toISOString());

/** A scraped event's content as a version keeps it. */
export function stagedFieldsOf(event: ScrapedEvent): StagedFields {
  return {
    titleEn: event.titleEn,
    titleAr: event.titleAr,
    descriptionEn: event.descriptionEn,
    descriptionAr: event.descriptionAr,
    startsAt: utc(event.startsAt)!,
    endsAt: utc(event.endsAt),
    allDay: event.allDay,
    venueEn: event.venueEn,
    venueAr: event.venueAr,
    organiser: event.organiser,
    url: event.url,
    imageUrl: event.imageUrl,
    category: event.category,
  };
}

/** One event per external id (a site that lists an event twice still has one event). */
export function distinctEvents(result: ScrapeResult): ScrapedEvent[] {
  return [...new Map(result.events.map((event) => [event.externalId, event])).values()];
}

async function addVersion(tx: Tx, stagedId: string, run: ScrapeRun, event: ScrapedEvent, now: Date) {
  const [version] = await tx
    .insert(scrapedEventVersions)
    .values({
      scrapedEventId: stagedId,
      runId: run.id,
      contentHash: event.contentHash,
      fields: stagedFieldsOf(event),
      seenAt: now,
    })
    .returning({ id: scrapedEventVersions.id });
  return version!.id;
}

async function stageNew(tx: Tx, run: ScrapeRun, event: ScrapedEvent, now: Date): Promise<string> {
  const [staged] = await tx
    .insert(scrapedEvents)
    .values({
      orgId: run.orgId,
      sourceId: run.sourceId,
      externalId: event.externalId,
      state: "new",
      latestHash: event.contentHash,
      lastRunId: run.id,
      firstSeenAt: now,
      lastSeenAt: now,
      needsReview: true,
      updatedAt: now,
    })
    .returning({ id: scrapedEvents.id });
  const versionId = await addVersion(tx, staged!.id, run, event, now);
  await tx.update(scrapedEvents).set({ latestVersionId: versionId }).where(eq(scrapedEvents.id, staged!.id));
  return staged!.id;
}

async function stageSeen(tx: Tx, run: ScrapeRun, staged: StagedEvent, event: ScrapedEvent, now: Date) {
  const seen = { lastRunId: run.id, lastSeenAt: now, goneAt: null, updatedAt: now };
  if (staged.latestHash !== event.contentHash) {
    const versionId = await addVersion(tx, staged.id, run, event, now);
    // An imported event waits for staff only when a change is left for them: not for one in a
    // field they chose to ignore, nor for a value the calendar event already has.
    const needsReview = staged.eventId
      ? (await pendingOf(tx, { ...staged, latestVersionId: versionId })).changes.length > 0
      : true;
    await tx
      .update(scrapedEvents)
      .set({
        ...seen,
        state: "changed",
        latestVersionId: versionId,
        latestHash: event.contentHash,
        needsReview,
      })
      .where(eq(scrapedEvents.id, staged.id));
    return "changed" as const;
  }
  // Still new (or changed) to a reviewer who has not dealt with it yet; otherwise seen as it was.
  const waiting = staged.needsReview && (staged.state === "new" || staged.state === "changed");
  await tx
    .update(scrapedEvents)
    .set({ ...seen, state: waiting ? staged.state : "unchanged" })
    .where(eq(scrapedEvents.id, staged.id));
  return "unchanged" as const;
}

/**
 * Marks gone what a complete run no longer lists. Only events that have not ended by the time the
 * run started: a listing of the coming months drops past events, which are over, not gone.
 */
async function markGone(
  tx: Tx,
  run: ScrapeRun,
  missing: StagedEvent[],
  endsOf: Map<string, Date>,
  now: Date,
) {
  const since = run.startedAt ?? run.createdAt;
  let gone = 0;
  for (const staged of missing) {
    if (staged.state === "gone" || (endsOf.get(staged.id) ?? now) < since) continue;
    await tx
      .update(scrapedEvents)
      .set({ state: "gone", goneAt: now, lastRunId: run.id, updatedAt: now })
      .where(eq(scrapedEvents.id, staged.id));
    gone += 1;
  }
  return gone;
}

/**
 * Stages a verified result of a run that is not suspect: new events, new versions of changed ones,
 * and (for a complete run) events gone from the source. Nothing is deleted. Returns the counts and
 * the ids of the new staged events.
 */
export async function stageResult(tx: Tx, run: ScrapeRun, result: ScrapeResult, now: Date) {
  const current = await tx
    .select({ staged: scrapedEvents, fields: scrapedEventVersions.fields })
    .from(scrapedEvents)
    .leftJoin(scrapedEventVersions, eq(scrapedEventVersions.id, scrapedEvents.latestVersionId))
    .where(eq(scrapedEvents.sourceId, run.sourceId))
    .for("update", { of: scrapedEvents });
  const byExternalId = new Map(current.map((row) => [row.staged.externalId, row.staged]));
  const counts: StageCounts = { eventsNew: 0, eventsChanged: 0, eventsUnchanged: 0, eventsGone: 0 };
  const created: string[] = [];

  for (const event of distinctEvents(result)) {
    const staged = byExternalId.get(event.externalId);
    byExternalId.delete(event.externalId);
    if (!staged) {
      created.push(await stageNew(tx, run, event, now));
      counts.eventsNew += 1;
    } else if ((await stageSeen(tx, run, staged, event, now)) === "changed") counts.eventsChanged += 1;
    else counts.eventsUnchanged += 1;
  }

  if (result.complete) {
    const endsOf = new Map(
      current.map(({ staged, fields }) => [staged.id, new Date(fields?.endsAt ?? fields?.startsAt ?? now)]),
    );
    counts.eventsGone = await markGone(tx, run, [...byExternalId.values()], endsOf, now);
  }
  return { counts, created };
}
