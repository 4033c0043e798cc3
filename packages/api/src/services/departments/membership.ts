import { departmentMembers, departments } from "@taqweem/db";
import { and, eq } from "drizzle-orm";
import { fail } from "../../domain-error";
import type { Executor } from "../tx";

/** Ids of the departments the user works in, within the organisation. */
export async function departmentIdsOf(db: Executor, orgId: string, userId: string): Promise<string[]> {
  const rows = await db
    .select({ id: departments.id })
    .from(departmentMembers)
    .innerJoin(departments, eq(departments.id, departmentMembers.departmentId))
    .where(and(eq(departmentMembers.userId, userId), eq(departments.orgId, orgId)));
  return rows.map((row) => row.id);
}

/** Not-found unless the department belongs to the organisation. */
export async function assertDepartmentInOrg(
  db: Executor,
  orgId: string,
  departmentId: string,
): Promise<void> {
  const [row] = await db
    .select({ id: departments.id })
    .from(departments)
    .where(and(eq(departments.id, departmentId), eq(departments.orgId, orgId)));
  if (!row) fail("not_found", "errors.notFound");
}
