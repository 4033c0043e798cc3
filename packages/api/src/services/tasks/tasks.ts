import { type Database, eventDepartments, memberships, tasks } from "@taqweem/db";
import { and, eq, isNull } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import { fail } from "../../domain-error";
import { can } from "../../permissions";
import type { Actor } from "../actor";
import { recordAudit } from "../audit";
import { changes } from "../changes";
import { assertDepartmentInOrg, departmentIdsOf } from "../departments/membership";
import { findEvent } from "../event-ref";
import { rescheduleEventReminders } from "../reminders/schedule";
import type { Tx } from "../tx";
import { lockTask } from "./access";
import type { NewTask, TaskChanges } from "./inputs";
import { noticeTask } from "./notices";
import { setTaskPrerequisites } from "./task-prerequisites";
import { dependentsOf, refreshWaiting } from "./waiting";

/** An active member; a department user only within their own departments (else they could not see it). */
async function assertAssignable(
  tx: Tx,
  orgId: string,
  userId: string | null | undefined,
  departmentId: string,
) {
  if (!userId) return;
  const [member] = await tx
    .select({ role: memberships.role })
    .from(memberships)
    .where(
      and(eq(memberships.orgId, orgId), eq(memberships.userId, userId), isNull(memberships.deactivatedAt)),
    );
  if (
    !member ||
    (!can(member.role, "tasks.seeAll") && !(await departmentIdsOf(tx, orgId, userId)).includes(departmentId))
  )
    fail("invalid", "errors.invalidAssignee");
}

/** A task added by hand; its department is assigned to the event if it was not yet. */
export async function createTask(db: Database, boss: PgBoss, actor: Actor, input: NewTask) {
  const { prerequisiteIds, ...fields } = input;
  return db.transaction(async (tx) => {
    await findEvent(tx, actor.orgId, input.eventId);
    await assertDepartmentInOrg(tx, actor.orgId, input.departmentId);
    await assertAssignable(tx, actor.orgId, input.assigneeId, input.departmentId);
    await tx
      .insert(eventDepartments)
      .values({ eventId: input.eventId, departmentId: input.departmentId, assignedBy: actor.userId })
      .onConflictDoNothing();
    const [task] = await tx
      .insert(tasks)
      .values({ ...fields, orgId: actor.orgId, createdBy: actor.userId, updatedBy: actor.userId })
      .returning();
    await setTaskPrerequisites(tx, task!, prerequisiteIds);
    await refreshWaiting(tx, boss, actor, [task!.id], { notify: false });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "task.create",
      entity: "task",
      entityId: task!.id,
      diff: { ...fields, prerequisiteIds },
    });
    if (input.assigneeId && input.assigneeId !== actor.userId)
      await noticeTask(tx, boss, task!.id, { kind: "task_assigned" });
    await rescheduleEventReminders(tx, boss, input.eventId);
    return task!;
  });
}

/** An edit by an editor or admin; a due time set by hand stops following the event. */
export async function updateTask(db: Database, boss: PgBoss, actor: Actor, id: string, input: TaskChanges) {
  const { prerequisiteIds, ...fields } = input;
  return db.transaction(async (tx) => {
    const before = await lockTask(tx, actor.orgId, id);
    const merged = { ...before, ...fields };
    if (merged.titleEn === null && merged.titleAr === null) fail("invalid", "errors.titleRequired");
    if (fields.assigneeId !== before.assigneeId)
      await assertAssignable(tx, actor.orgId, fields.assigneeId, before.departmentId);
    const follow = fields.dueAt === undefined ? {} : { dueAnchor: null, dueOffsetMinutes: null };
    const [task] = await tx
      .update(tasks)
      .set({ ...fields, ...follow, updatedBy: actor.userId, updatedAt: new Date() })
      .where(eq(tasks.id, id))
      .returning();
    const diff: Record<string, unknown> = changes(before, fields);
    if (prerequisiteIds) {
      const previous = await setTaskPrerequisites(tx, task!, prerequisiteIds);
      if ([...previous].sort().join() !== [...new Set(prerequisiteIds)].sort().join())
        diff.prerequisiteIds = [previous, prerequisiteIds];
      await refreshWaiting(tx, boss, actor, [id], { notify: true });
    }
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "task.update",
      entity: "task",
      entityId: id,
      diff,
    });
    if (fields.assigneeId && fields.assigneeId !== before.assigneeId && fields.assigneeId !== actor.userId)
      await noticeTask(tx, boss, id, { kind: "task_assigned" });
    await rescheduleEventReminders(tx, boss, before.eventId);
    return task!;
  });
}

/** Tasks that waited only for this one become pending. */
export async function deleteTask(db: Database, boss: PgBoss, actor: Actor, id: string) {
  await db.transaction(async (tx) => {
    const before = await lockTask(tx, actor.orgId, id);
    const dependents = await dependentsOf(tx, [id]);
    await tx.delete(tasks).where(eq(tasks.id, id));
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "task.delete",
      entity: "task",
      entityId: id,
      diff: {
        titleEn: before.titleEn,
        titleAr: before.titleAr,
        eventId: before.eventId,
        status: before.status,
      },
    });
    await refreshWaiting(tx, boss, actor, dependents, { notify: true });
    await rescheduleEventReminders(tx, boss, before.eventId);
  });
}
