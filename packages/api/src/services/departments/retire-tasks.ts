import { type Task, taskComments, tasks } from "@taqweem/db";
import { eq, inArray } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { Actor } from "../actor";
import { recordAudit } from "../audit";
import { dependentsOf, refreshWaiting } from "../tasks/waiting";
import type { Tx } from "../tx";

/** Work was done on a task: it moved past pending/waiting, or someone commented. */
async function withProgress(tx: Tx, candidates: Task[]): Promise<Set<string>> {
  if (candidates.length === 0) return new Set();
  const commented = await tx
    .selectDistinct({ taskId: taskComments.taskId })
    .from(taskComments)
    .where(
      inArray(
        taskComments.taskId,
        candidates.map((task) => task.id),
      ),
    );
  const ids = new Set(commented.map((row) => row.taskId));
  for (const task of candidates) if (task.status !== "pending" && task.status !== "waiting") ids.add(task.id);
  return ids;
}

/**
 * Takes tasks out of an event's plan: untouched ones are deleted; ones with progress or comments
 * are kept, and cancelled unless already completed, so nobody's work or discussion is lost.
 */
export async function retireTasks(tx: Tx, boss: PgBoss, actor: Actor, retiring: Task[]) {
  const kept = await withProgress(tx, retiring);
  const waitingOnThem = await dependentsOf(
    tx,
    retiring.map((task) => task.id),
  );
  for (const task of retiring) {
    if (!kept.has(task.id)) {
      await tx.delete(tasks).where(eq(tasks.id, task.id));
      await recordAudit(tx, {
        orgId: actor.orgId,
        actorId: actor.userId,
        action: "task.delete",
        entity: "task",
        entityId: task.id,
        diff: { titleEn: task.titleEn, titleAr: task.titleAr, reason: "assignment" },
      });
    } else if (task.status !== "completed" && task.status !== "cancelled") {
      await tx
        .update(tasks)
        .set({ status: "cancelled", updatedBy: actor.userId, updatedAt: new Date() })
        .where(eq(tasks.id, task.id));
      await recordAudit(tx, {
        orgId: actor.orgId,
        actorId: actor.userId,
        action: "task.status",
        entity: "task",
        entityId: task.id,
        diff: { status: [task.status, "cancelled"], reason: "assignment" },
      });
    }
  }
  // A retired task no longer blocks anything.
  await refreshWaiting(tx, boss, actor, waitingOnThem, { notify: true });
  return { removed: retiring.length - kept.size, kept: kept.size };
}
