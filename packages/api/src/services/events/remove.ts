import { type Database, events } from "@taqweem/db";
import { eq } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { Actor } from "../actor";
import { recordAudit } from "../audit";
import { rescheduleEventReminders } from "../reminders/schedule";
import type { EventTarget } from "./inputs";
import { lockEvent } from "./lock";
import { snapshotDiff } from "./tracked";

/**
 * Deletes an event (its departments, tasks and reminders go with it, their queued jobs are
 * cancelled); the audit entry keeps a copy.
 */
export async function deleteEvent(db: Database, boss: PgBoss, actor: Actor, target: EventTarget) {
  await db.transaction(async (tx) => {
    const event = await lockEvent(tx, actor.orgId, target);
    await tx.delete(events).where(eq(events.id, event.id));
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "event.delete",
      entity: "event",
      entityId: event.id,
      diff: snapshotDiff(event, "deleted"),
    });
    await rescheduleEventReminders(tx, boss, event.id);
  });
}
