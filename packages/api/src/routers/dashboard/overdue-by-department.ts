import { overdueByDepartment } from "../../services/dashboard/overdue-by-department";
import { allowedProcedure } from "../../trpc";

/** Overdue tasks per department: the planning overview of admins and editors. */
export const overdueByDepartmentProcedure = allowedProcedure("planning.overview").query(({ ctx }) =>
  overdueByDepartment(ctx.db, ctx.session.orgId),
);
