import { createDepartment } from "../../services/departments/departments";
import { createDepartmentInput } from "../../services/departments/inputs";
import { allowedProcedure } from "../../trpc";

export const createDepartmentProcedure = allowedProcedure("departments.manage")
  .input(createDepartmentInput)
  .mutation(({ ctx, input }) => createDepartment(ctx.db, ctx.session, input));
