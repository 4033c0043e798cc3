import { type Task, tasks } from "@taqweem/db";
import { and, eq } from "drizzle-orm";
import { fail } from "../../domain-error";
import { can } from "../../permissions";
import type { Actor } from "../actor";
import { departmentIdsOf } from "../departments/membership";
import type { Tx } from "../tx";

/** The organisation's task, locked for the rest of the transaction. */
export async function lockTask(tx: Tx, orgId: string, taskId: string): Promise<Task> {
  const [task] = await tx
    .select()
    .from(tasks)
    .where(and(eq(tasks.id, taskId), eq(tasks.orgId, orgId)))
    .for("update");
  return task ?? fail("not_found", "errors.notFound");
}

/**
 * Who may work on a task (its status and comments): editors and admins on every task, department
 * users on their own departments' tasks, nobody else.
 */
export async function assertCanWorkOn(tx: Tx, actor: Actor, task: Task): Promise<void> {
  if (can(actor.role, "tasks.manage")) return;
  if (
    can(actor.role, "tasks.work") &&
    (await departmentIdsOf(tx, actor.orgId, actor.userId)).includes(task.departmentId)
  )
    return;
  fail("forbidden", "errors.forbidden");
}
