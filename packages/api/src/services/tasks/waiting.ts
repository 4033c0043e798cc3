import { type TaskStatus, taskPrerequisites, tasks } from "@taqweem/db";
import { and, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { PgBoss } from "pg-boss";
import { recordAudit } from "../audit";
import type { Tx } from "../tx";
import { noticeTask } from "./notices";

const prerequisite = alias(tasks, "prerequisite");

/** Open prerequisites per task: neither completed nor cancelled (a cancelled one no longer blocks). */
export async function unfinishedPrerequisites(tx: Tx, taskIds: string[]): Promise<Map<string, number>> {
  if (taskIds.length === 0) return new Map();
  const rows = await tx
    .select({ taskId: taskPrerequisites.taskId, open: sql<number>`count(*)::int` })
    .from(taskPrerequisites)
    .innerJoin(prerequisite, eq(prerequisite.id, taskPrerequisites.prerequisiteId))
    .where(
      and(
        inArray(taskPrerequisites.taskId, taskIds),
        sql`${prerequisite.status} not in ('completed', 'cancelled')`,
      ),
    )
    .groupBy(taskPrerequisites.taskId);
  return new Map(rows.map((row) => [row.taskId, row.open]));
}

/** Tasks that wait for the given ones. */
export async function dependentsOf(tx: Tx, taskIds: string[]): Promise<string[]> {
  if (taskIds.length === 0) return [];
  const rows = await tx
    .selectDistinct({ id: taskPrerequisites.taskId })
    .from(taskPrerequisites)
    .where(inArray(taskPrerequisites.prerequisiteId, taskIds));
  return rows.map((row) => row.id);
}

/**
 * Moves not-yet-started tasks between `waiting` (some prerequisite open) and `pending` (none). A
 * task that becomes pending tells its people, unless it was only just created.
 */
export async function refreshWaiting(
  tx: Tx,
  boss: PgBoss,
  actor: { orgId: string; userId: string | null },
  taskIds: string[],
  options: { notify: boolean },
): Promise<void> {
  if (taskIds.length === 0) return;
  const candidates = await tx
    .select({ id: tasks.id, status: tasks.status })
    .from(tasks)
    .where(and(inArray(tasks.id, taskIds), inArray(tasks.status, ["pending", "waiting"])));
  const open = await unfinishedPrerequisites(
    tx,
    candidates.map((task) => task.id),
  );
  for (const task of candidates) {
    const next: TaskStatus = (open.get(task.id) ?? 0) > 0 ? "waiting" : "pending";
    if (next === task.status) continue;
    await tx.update(tasks).set({ status: next, updatedAt: new Date() }).where(eq(tasks.id, task.id));
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "task.status",
      entity: "task",
      entityId: task.id,
      diff: { status: [task.status, next], reason: "prerequisites" },
    });
    if (next === "pending" && options.notify) await noticeTask(tx, boss, task.id, { kind: "task_pending" });
  }
}
