import { type Database, type Event, events } from "@taqweem/db";
import { eq } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import { fail } from "../../domain-error";
import type { Actor } from "../actor";
import { recordAudit } from "../audit";
import { changes } from "../changes";
import { rescheduleEventReminders } from "../reminders/schedule";
import type { Tx } from "../tx";
import { announceEventChange, eventChangeOf } from "../whatsapp/announce";
import { assertOwnCategory } from "./category-check";
import { crossFieldErrors, type EventPatch } from "./fields";
import type { EventTarget } from "./inputs";
import { lockEvent } from "./lock";
import { normaliseTimes } from "./normalise";
import { sequenceFields, trackedValues } from "./tracked";
import { shiftWallClock } from "./zoned-time";

export type EventAction = "event.update" | "event.publish" | "event.cancel";

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** The event after the patch, checked and normalised as a whole. */
function applyPatch(current: Event, patch: EventPatch) {
  const merged = { ...current, ...definedOnly(patch) };
  const [problem] = crossFieldErrors(merged);
  if (problem) fail("invalid", problem.key);
  // A series that moves takes its skipped occurrences along, unless the caller sent new ones.
  const exdates =
    patch.exdates === undefined && merged.rrule && merged.startsAt.getTime() !== current.startsAt.getTime()
      ? shiftWallClock(current.exdates, current.startsAt, merged.startsAt, merged.timeZone)
      : merged.exdates;
  const times = normaliseTimes({ ...merged, exdates });
  return { ...trackedValues({ ...merged, ...times }), recurrenceEndsAt: times.recurrenceEndsAt };
}

/**
 * Applies a partial change under optimistic concurrency: `version` must be the one the caller read
 * (else CONFLICT `errors.staleVersion`). A change that changes nothing writes nothing. SEQUENCE goes
 * up only when time, place, title, status or recurrence changed. Reminder jobs, template task due
 * times and the WhatsApp announcement (published, cancelled, moved) follow in the same transaction.
 */
export async function updateEvent(
  db: Database,
  boss: PgBoss,
  actor: Actor,
  target: EventTarget,
  patch: EventPatch,
  action: EventAction = "event.update",
): Promise<Event> {
  return db.transaction((tx) => updateEventIn(tx, boss, actor, target, patch, action));
}

/** updateEvent in the caller's transaction (the source review accepts a field with its own writes). */
export async function updateEventIn(
  tx: Tx,
  boss: PgBoss,
  actor: Actor,
  target: EventTarget,
  patch: EventPatch,
  action: EventAction = "event.update",
): Promise<Event> {
  const current = await lockEvent(tx, actor.orgId, target);
  if (patch.categoryId !== current.categoryId) await assertOwnCategory(tx, actor.orgId, patch.categoryId);
  const next = applyPatch(current, patch);
  const diff = changes(trackedValues(current), trackedValues(next));
  if (Object.keys(diff).length === 0) return current;
  const [updated] = await tx
    .update(events)
    .set({
      ...next,
      version: current.version + 1,
      sequence: current.sequence + (Object.keys(diff).some((field) => sequenceFields.has(field)) ? 1 : 0),
      publishedAt: current.publishedAt ?? (next.status === "published" ? new Date() : null),
      updatedBy: actor.userId,
      updatedAt: new Date(),
    })
    .where(eq(events.id, current.id))
    .returning();
  await recordAudit(tx, {
    orgId: actor.orgId,
    actorId: actor.userId,
    action,
    entity: "event",
    entityId: current.id,
    diff,
  });
  await rescheduleEventReminders(tx, boss, current.id);
  const announcement = eventChangeOf(current, updated!);
  if (announcement) await announceEventChange(tx, boss, current.id, announcement);
  return updated!;
}
