import { listDepartments } from "../../services/departments/departments";
import { protectedProcedure } from "../../trpc";

export const listDepartmentsProcedure = protectedProcedure.query(({ ctx }) =>
  listDepartments(ctx.db, ctx.session.orgId),
);
