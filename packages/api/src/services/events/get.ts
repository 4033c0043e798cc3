import { categories, departments, eventDepartments, events, users } from "@taqweem/db";
import { and, asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { fail } from "../../domain-error";
import { errorKeys } from "../../errors";
import { sourceOfEvent } from "../sources/queries";
import type { Executor } from "../tx";

/** Departments assigned to the event; their tasks and the event's reminders have their own routers. */
async function assignedDepartments(db: Executor, eventId: string) {
  return db
    .select({ id: departments.id, nameEn: departments.nameEn, nameAr: departments.nameAr })
    .from(eventDepartments)
    .innerJoin(departments, eq(departments.id, eventDepartments.departmentId))
    .where(eq(eventDepartments.eventId, eventId))
    .orderBy(asc(departments.nameEn));
}

/** One event of the organisation with its category, departments and the names of who made and changed it. */
export async function getEvent(db: Executor, orgId: string, id: string) {
  const creator = alias(users, "creator");
  const editor = alias(users, "editor");
  const [row] = await db
    .select({
      event: events,
      category: {
        id: categories.id,
        nameEn: categories.nameEn,
        nameAr: categories.nameAr,
        color: categories.color,
      },
      createdByName: creator.name,
      updatedByName: editor.name,
    })
    .from(events)
    .leftJoin(categories, eq(categories.id, events.categoryId))
    .leftJoin(creator, eq(creator.id, events.createdBy))
    .leftJoin(editor, eq(editor.id, events.updatedBy))
    .where(and(eq(events.id, id), eq(events.orgId, orgId)));
  if (!row) fail("not_found", errorKeys.notFound);
  return {
    ...row.event,
    category: row.category,
    createdByName: row.createdByName,
    updatedByName: row.updatedByName,
    departments: await assignedDepartments(db, id),
    /** The scraped event it was imported from, and whether the source still lists it. */
    fromSource: await sourceOfEvent(db, orgId, id),
  };
}
