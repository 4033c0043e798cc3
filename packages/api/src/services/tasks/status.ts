import { type Database, type TaskStatus, tasks } from "@taqweem/db";
import { eq } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import { fail } from "../../domain-error";
import { can } from "../../permissions";
import type { Actor } from "../actor";
import { recordAudit } from "../audit";
import { rescheduleEventReminders } from "../reminders/schedule";
import { assertCanWorkOn, lockTask } from "./access";
import type { SettableStatus } from "./inputs";
import { dependentsOf, refreshWaiting, unfinishedPrerequisites } from "./waiting";

/**
 * Changes a task's status. Work cannot start or finish while a prerequisite is open; "pending"
 * on a blocked task means "waiting". Department users may not cancel. Tasks waiting for this one
 * are re-checked, and the task's reminder follows (none once it is done).
 */
export async function setTaskStatus(
  db: Database,
  boss: PgBoss,
  actor: Actor,
  taskId: string,
  status: SettableStatus,
) {
  return db.transaction(async (tx) => {
    const before = await lockTask(tx, actor.orgId, taskId);
    await assertCanWorkOn(tx, actor, before);
    if (status === "cancelled" && !can(actor.role, "tasks.manage")) fail("forbidden", "errors.forbidden");
    const blocked = ((await unfinishedPrerequisites(tx, [taskId])).get(taskId) ?? 0) > 0;
    if (blocked && (status === "in_progress" || status === "completed"))
      fail("conflict", "errors.taskBlocked");
    const next: TaskStatus = blocked && status === "pending" ? "waiting" : status;
    if (next === before.status) return before;
    const [task] = await tx
      .update(tasks)
      .set({
        status: next,
        completedAt: next === "completed" ? new Date() : null,
        updatedBy: actor.userId,
        updatedAt: new Date(),
      })
      .where(eq(tasks.id, taskId))
      .returning();
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "task.status",
      entity: "task",
      entityId: taskId,
      diff: { status: [before.status, next] },
    });
    await refreshWaiting(tx, boss, actor, await dependentsOf(tx, [taskId]), { notify: true });
    await rescheduleEventReminders(tx, boss, before.eventId);
    return task!;
  });
}
