import { departments, tasks } from "@taqweem/db";
import { and, asc, count, desc, eq, lt, notInArray } from "drizzle-orm";
import type { Executor } from "../tx";

/** How many open tasks each department has past their due time, the most behind first. */
export async function overdueByDepartment(db: Executor, orgId: string, now = new Date()) {
  const overdue = count();
  return db
    .select({
      departmentId: departments.id,
      nameEn: departments.nameEn,
      nameAr: departments.nameAr,
      overdue,
    })
    .from(tasks)
    .innerJoin(departments, and(eq(departments.id, tasks.departmentId), eq(departments.orgId, orgId)))
    .where(
      and(eq(tasks.orgId, orgId), notInArray(tasks.status, ["completed", "cancelled"]), lt(tasks.dueAt, now)),
    )
    .groupBy(departments.id)
    .orderBy(desc(overdue), asc(departments.nameEn));
}
