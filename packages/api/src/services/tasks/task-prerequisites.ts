import { type Task, taskPrerequisites, tasks } from "@taqweem/db";
import { eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "../tx";
import { assertValidPrerequisites } from "./prerequisites";

/** All prerequisite links among an event's tasks. */
export async function eventTaskEdges(tx: Tx, eventId: string) {
  const scope = await tx.select({ id: tasks.id }).from(tasks).where(eq(tasks.eventId, eventId));
  const ids = scope.map((row) => row.id);
  const edges =
    ids.length === 0
      ? []
      : await tx
          .select({ id: taskPrerequisites.taskId, prerequisiteId: taskPrerequisites.prerequisiteId })
          .from(taskPrerequisites)
          .where(inArray(taskPrerequisites.taskId, ids));
  return { ids: new Set(ids), edges };
}

/**
 * Replaces a task's prerequisites: tasks of the same event, no cycle. Returns the previous list.
 */
export async function setTaskPrerequisites(tx: Tx, task: Task, ids: string[]): Promise<string[]> {
  // One edit at a time per event, so two edits cannot close a cycle between them.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`tasks:${task.eventId}`}))`);
  const scope = await eventTaskEdges(tx, task.eventId);
  const prerequisites = [...new Set(ids)];
  assertValidPrerequisites({ node: task.id, prerequisites, inScope: scope.ids, edges: scope.edges });
  await tx.delete(taskPrerequisites).where(eq(taskPrerequisites.taskId, task.id));
  if (prerequisites.length > 0)
    await tx
      .insert(taskPrerequisites)
      .values(prerequisites.map((prerequisiteId) => ({ taskId: task.id, prerequisiteId })));
  return scope.edges.filter((edge) => edge.id === task.id).map((edge) => edge.prerequisiteId);
}
