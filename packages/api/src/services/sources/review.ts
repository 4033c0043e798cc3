import { type Database, scrapedEventIgnoredFields, scrapedEvents } from "@taqweem/db";
import { eq } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import { fail } from "../../domain-error";
import { errorKeys } from "../../errors";
import type { Actor } from "../actor";
import { recordAudit } from "../audit";
import { updateEventIn } from "../events/update";
import type { Tx } from "../tx";
import type { PendingChange } from "./fields";
import { importStagedEvent } from "./import-event";
import type { AcceptFieldInput, DismissInput, IgnoreInput, ImportStagedInput } from "./inputs";
import { findStaged, pendingOf } from "./staged";
import { latestRunIdOf } from "./versions";

/** The calendar patch that takes the source's value of one field (the times go together). */
function patchOf(change: PendingChange) {
  if (change.field !== "times") return { [change.field]: change.source };
  const times = change.source as { startsAt: string; endsAt: string; allDay: boolean };
  return { startsAt: new Date(times.startsAt), endsAt: new Date(times.endsAt), allDay: times.allDay };
}

/** Marks fields as dealt with at the source's current value; the event leaves the review list once none is left. */
async function markReviewed(tx: Tx, stagedId: string, reviewed: Record<string, unknown>, remaining: number) {
  await tx
    .update(scrapedEvents)
    .set({ reviewedFields: reviewed, needsReview: remaining > 0, updatedAt: new Date() })
    .where(eq(scrapedEvents.id, stagedId));
}

export async function importStaged(db: Database, boss: PgBoss, actor: Actor, input: ImportStagedInput) {
  return db.transaction(async (tx) => {
    const staged = await findStaged(tx, actor.orgId, input.id, true);
    if (staged.ignoredAt) fail("conflict", errorKeys.sourceIgnored);
    return importStagedEvent(tx, boss, actor, staged, input);
  });
}

/**
 * Takes the source's value of one field into the imported calendar event, through the events
 * service (history, reminders, announcement); history also records the run the value came from.
 */
export async function acceptField(db: Database, boss: PgBoss, actor: Actor, input: AcceptFieldInput) {
  return db.transaction(async (tx) => {
    const staged = await findStaged(tx, actor.orgId, input.id, true);
    const { event, changes } = await pendingOf(tx, staged);
    const change = changes.find((pending) => pending.field === input.field);
    if (!event || !change) fail("conflict", errorKeys.sourceNothingToAccept);
    const updated = await updateEventIn(
      tx,
      boss,
      actor,
      { id: event.id, version: input.eventVersion },
      patchOf(change),
    );
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "event.source_accept",
      entity: "event",
      entityId: event.id,
      diff: { sourceRunId: await latestRunIdOf(tx, staged), fields: [input.field] },
    });
    await markReviewed(
      tx,
      staged.id,
      { ...staged.reviewedFields, [change.field]: change.source },
      changes.length - 1,
    );
    return updated;
  });
}

/** Leaves the calendar event as it is: the source's current values of the pending fields count as seen. */
export async function dismissChanges(db: Database, actor: Actor, input: DismissInput) {
  await db.transaction(async (tx) => {
    const staged = await findStaged(tx, actor.orgId, input.id, true);
    const { changes } = await pendingOf(tx, staged);
    const dismissed = changes.filter((change) => !input.field || change.field === input.field);
    const reviewed = { ...staged.reviewedFields };
    for (const change of dismissed) reviewed[change.field] = change.source;
    await markReviewed(tx, staged.id, reviewed, changes.length - dismissed.length);
  });
}

/** Ignores the staged event, or with a field only that field's changes from now on. */
export async function ignoreStaged(db: Database, actor: Actor, input: IgnoreInput) {
  await db.transaction(async (tx) => {
    const staged = await findStaged(tx, actor.orgId, input.id, true);
    if (input.field) {
      await tx
        .insert(scrapedEventIgnoredFields)
        .values({ scrapedEventId: staged.id, field: input.field, ignoredBy: actor.userId })
        .onConflictDoNothing();
      // An imported event may have nothing left to review once the field is ignored.
      if (staged.eventId) {
        const { changes } = await pendingOf(tx, staged);
        await markReviewed(tx, staged.id, staged.reviewedFields, changes.length);
      }
      return;
    }
    await tx
      .update(scrapedEvents)
      .set({ ignoredAt: new Date(), ignoredBy: actor.userId, needsReview: false, updatedAt: new Date() })
      .where(eq(scrapedEvents.id, staged.id));
  });
}
