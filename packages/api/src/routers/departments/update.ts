import { updateDepartment } from "../../services/departments/departments";
import { updateDepartmentInput } from "../../services/departments/inputs";
import { allowedProcedure } from "../../trpc";

export const updateDepartmentProcedure = allowedProcedure("departments.manage")
  .input(updateDepartmentInput)
  .mutation(({ ctx, input: { id, ...fields } }) => updateDepartment(ctx.db, ctx.session, id, fields));
