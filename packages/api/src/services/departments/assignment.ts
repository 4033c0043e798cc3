import { type Database, departments, eventDepartments, tasks, taskTemplates, users } from "@taqweem/db";
import { and, asc, count, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import { fail } from "../../domain-error";
import type { Actor } from "../actor";
import { recordAudit } from "../audit";
import { findEvent } from "../event-ref";
import { rescheduleEventReminders } from "../reminders/schedule";
import { refreshWaiting } from "../tasks/waiting";
import type { Assignment, EventDepartment } from "./inputs";
import { assertDepartmentInOrg } from "./membership";
import { retireTasks } from "./retire-tasks";
import { createFromTemplates, linkFromTemplates } from "./template-tasks";

/**
 * Assigns a department to an event (or changes which of its templates apply), in one transaction:
 * tasks of newly chosen templates are created and linked, tasks of dropped templates retired.
 */
export async function setEventDepartment(db: Database, boss: PgBoss, actor: Actor, input: Assignment) {
  return db.transaction(async (tx) => {
    const event = await findEvent(tx, actor.orgId, input.eventId);
    await assertDepartmentInOrg(tx, actor.orgId, input.departmentId);
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`tasks:${input.eventId}`}))`);
    const chosen = [...new Set(input.templateIds)];
    if (chosen.length > 0) {
      const [{ found } = { found: 0 }] = await tx
        .select({ found: count() })
        .from(taskTemplates)
        .where(and(eq(taskTemplates.departmentId, input.departmentId), inArray(taskTemplates.id, chosen)));
      if (found !== chosen.length) fail("invalid", "errors.invalidInput");
    }
    const [assigned] = await tx
      .insert(eventDepartments)
      .values({ eventId: input.eventId, departmentId: input.departmentId, assignedBy: actor.userId })
      .onConflictDoNothing()
      .returning();
    const dropped = (
      await tx
        .select()
        .from(tasks)
        .where(
          and(
            eq(tasks.eventId, input.eventId),
            eq(tasks.departmentId, input.departmentId),
            isNotNull(tasks.templateId),
          ),
        )
    ).filter((task) => !chosen.includes(task.templateId!));
    const retired = await retireTasks(tx, boss, actor, dropped);
    const created = await createFromTemplates(tx, actor, event, input.departmentId, chosen);
    await linkFromTemplates(tx, input.eventId, input.departmentId, created);
    await refreshWaiting(
      tx,
      boss,
      actor,
      created.map((task) => task.id),
      { notify: false },
    );
    const result = { assigned: Boolean(assigned), created: created.length, ...retired };
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "event.department.set",
      entity: "event",
      entityId: input.eventId,
      diff: { departmentId: input.departmentId, templateIds: chosen, ...result },
    });
    await rescheduleEventReminders(tx, boss, input.eventId);
    return result;
  });
}

/** Takes a department off an event; its tasks there are retired (kept when worked on). */
export async function unassignEventDepartment(
  db: Database,
  boss: PgBoss,
  actor: Actor,
  input: EventDepartment,
) {
  return db.transaction(async (tx) => {
    await findEvent(tx, actor.orgId, input.eventId);
    await assertDepartmentInOrg(tx, actor.orgId, input.departmentId);
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`tasks:${input.eventId}`}))`);
    const theirs = await tx
      .select()
      .from(tasks)
      .where(and(eq(tasks.eventId, input.eventId), eq(tasks.departmentId, input.departmentId)));
    const retired = await retireTasks(tx, boss, actor, theirs);
    await tx
      .delete(eventDepartments)
      .where(
        and(
          eq(eventDepartments.eventId, input.eventId),
          eq(eventDepartments.departmentId, input.departmentId),
        ),
      );
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: "event.department.remove",
      entity: "event",
      entityId: input.eventId,
      diff: { departmentId: input.departmentId, ...retired },
    });
    await rescheduleEventReminders(tx, boss, input.eventId);
    return retired;
  });
}

/** The departments assigned to an event, with who assigned them and their task counts. */
export async function listEventDepartments(db: Database, orgId: string, eventId: string) {
  await findEvent(db, orgId, eventId);
  return db
    .select({
      departmentId: departments.id,
      nameEn: departments.nameEn,
      nameAr: departments.nameAr,
      assignedAt: eventDepartments.assignedAt,
      assignedBy: { id: users.id, name: users.name },
      tasks: sql<number>`(select count(*)::int from ${tasks} where ${tasks.eventId} = ${eventId} and ${tasks.departmentId} = ${departments.id})`,
    })
    .from(eventDepartments)
    .innerJoin(departments, eq(departments.id, eventDepartments.departmentId))
    .leftJoin(users, eq(users.id, eventDepartments.assignedBy))
    .where(eq(eventDepartments.eventId, eventId))
    .orderBy(asc(departments.nameEn));
}
