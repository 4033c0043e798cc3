import { deleteDepartment } from "../../services/departments/departments";
import { allowedProcedure } from "../../trpc";
import { idInput } from "../inputs";

export const deleteDepartmentInput = idInput;

export const deleteDepartmentProcedure = allowedProcedure("departments.manage")
  .input(deleteDepartmentInput)
  .mutation(async ({ ctx, input }) => {
    await deleteDepartment(ctx.db, ctx.session, input.id);
    return { ok: true };
  });
