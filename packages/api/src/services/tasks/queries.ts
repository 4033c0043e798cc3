import {
  type Database,
  departments,
  events,
  organisations,
  taskComments,
  taskPrerequisites,
  tasks,
  users,
} from "@taqweem/db";
import { and, asc, count, eq, inArray, isNull, notInArray, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { fail } from "../../domain-error";
import { can } from "../../permissions";
import type { Actor } from "../actor";
import { departmentIdsOf } from "../departments/membership";
import type { TaskListFilters } from "./inputs";
import { linkedTaskReader } from "./linked-tasks";

/** The page's filters, and what the service adds: one task (`getTask`) or the reader's own (`mine`). */
export type TaskFilters = TaskListFilters & {
  taskId?: string;
  /** Assigned to the actor, or unassigned in one of the actor's departments. */
  mine?: boolean;
};

const assignee = alias(users, "assignee");
const open = notInArray(tasks.status, ["completed", "cancelled"]);

/** Department users only ever see their departments' tasks; everyone else sees all. */
async function visibleTo(db: Database, actor: Actor): Promise<SQL | undefined> {
  if (can(actor.role, "tasks.seeAll")) return undefined;
  const mine = await departmentIdsOf(db, actor.orgId, actor.userId);
  return mine.length > 0 ? inArray(tasks.departmentId, mine) : sql`false`;
}

async function thisWeek(db: Database, orgId: string): Promise<SQL> {
  const [org] = await db
    .select({ timeZone: organisations.timeZone })
    .from(organisations)
    .where(eq(organisations.id, orgId));
  const tz = org!.timeZone;
  // date_trunc('week') starts weeks on Monday (ISO), here on the organisation's local calendar.
  const monday = sql`date_trunc('week', now() at time zone ${tz})`;
  return sql`${tasks.dueAt} >= (${monday} at time zone ${tz}) and ${tasks.dueAt} < ((${monday} + interval '7 days') at time zone ${tz})`;
}

export async function listTasks(db: Database, actor: Actor, filters: TaskFilters) {
  const myDepartments = filters.mine ? await departmentIdsOf(db, actor.orgId, actor.userId) : [];
  const where = and(
    eq(tasks.orgId, actor.orgId),
    await visibleTo(db, actor),
    filters.taskId ? eq(tasks.id, filters.taskId) : undefined,
    filters.eventId ? eq(tasks.eventId, filters.eventId) : undefined,
    filters.departmentId ? eq(tasks.departmentId, filters.departmentId) : undefined,
    filters.statuses?.length ? inArray(tasks.status, filters.statuses) : undefined,
    filters.assigneeId ? eq(tasks.assigneeId, filters.assigneeId) : undefined,
    filters.overdue ? and(open, sql`${tasks.dueAt} < now()`) : undefined,
    filters.dueThisWeek ? await thisWeek(db, actor.orgId) : undefined,
    filters.mine
      ? or(
          eq(tasks.assigneeId, actor.userId),
          myDepartments.length > 0
            ? and(isNull(tasks.assigneeId), inArray(tasks.departmentId, myDepartments))
            : undefined,
        )
      : undefined,
  );
  const [items, [total]] = await Promise.all([
    db
      .select({
        task: tasks,
        overdue: sql<boolean>`coalesce(${tasks.dueAt} < now() and ${tasks.status} not in ('completed', 'cancelled'), false)`,
        event: {
          id: events.id,
          titleEn: events.titleEn,
          titleAr: events.titleAr,
          startsAt: events.startsAt,
          status: events.status,
        },
        department: { id: departments.id, nameEn: departments.nameEn, nameAr: departments.nameAr },
        assignee: { id: assignee.id, name: assignee.name },
      })
      .from(tasks)
      .innerJoin(events, eq(events.id, tasks.eventId))
      .innerJoin(departments, eq(departments.id, tasks.departmentId))
      .leftJoin(assignee, eq(assignee.id, tasks.assigneeId))
      .where(where)
      .orderBy(sql`${tasks.dueAt} asc nulls last`, asc(tasks.createdAt))
      .limit(filters.limit)
      .offset(filters.offset),
    db.select({ total: count() }).from(tasks).where(where),
  ]);
  return {
    items: items.map(({ task, ...rest }) => ({ ...task, ...rest })),
    total: total?.total ?? 0,
  };
}

const prerequisite = alias(tasks, "prerequisite");
const dependent = alias(tasks, "dependent");

/** One task with its prerequisites, dependents and comments, and what the actor may do with it. */
export async function getTask(db: Database, actor: Actor, taskId: string) {
  const { items } = await listTasks(db, actor, { taskId, limit: 1, offset: 0 });
  // A task outside a department user's departments is not found, rather than forbidden.
  const task = items[0] ?? fail("not_found", "errors.notFound");
  const [prerequisites, dependents, comments, asSeen] = await Promise.all([
    db
      .select({
        id: prerequisite.id,
        titleEn: prerequisite.titleEn,
        titleAr: prerequisite.titleAr,
        status: prerequisite.status,
        departmentId: prerequisite.departmentId,
      })
      .from(taskPrerequisites)
      .innerJoin(prerequisite, eq(prerequisite.id, taskPrerequisites.prerequisiteId))
      .where(eq(taskPrerequisites.taskId, taskId)),
    db
      .select({
        id: dependent.id,
        titleEn: dependent.titleEn,
        titleAr: dependent.titleAr,
        status: dependent.status,
        departmentId: dependent.departmentId,
      })
      .from(taskPrerequisites)
      .innerJoin(dependent, eq(dependent.id, taskPrerequisites.taskId))
      .where(eq(taskPrerequisites.prerequisiteId, taskId)),
    db
      .select({
        id: taskComments.id,
        body: taskComments.body,
        createdAt: taskComments.createdAt,
        author: { id: users.id, name: users.name },
      })
      .from(taskComments)
      .leftJoin(users, eq(users.id, taskComments.authorId))
      .where(eq(taskComments.taskId, taskId))
      .orderBy(asc(taskComments.createdAt)),
    linkedTaskReader(db, actor),
  ]);
  const canManage = can(actor.role, "tasks.manage");
  return {
    ...task,
    prerequisites: asSeen(prerequisites),
    dependents: asSeen(dependents),
    comments,
    canManage,
    canWork: can(actor.role, "tasks.work"),
  };
}
