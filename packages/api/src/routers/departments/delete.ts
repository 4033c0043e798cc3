import { deleteDepartment } from "../../services/departments/departments";
import { idInput } from "../../services/shared-inputs";
import { allowedProcedure } from "../../trpc";

export const deleteDepartmentProcedure = allowedProcedure("departments.manage")
  .input(idInput)
  .mutation(async ({ ctx, input }) => {
    await deleteDepartment(ctx.db, ctx.session, input.id);
    return { ok: true };
  });
