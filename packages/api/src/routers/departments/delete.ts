import { deleteDepartment } from "../../services/departments/departments";
import { roleProcedure } from "../../trpc";
import { idInput } from "../inputs";

export const deleteDepartmentInput = idInput;

export const deleteDepartmentProcedure = roleProcedure("admin")
  .input(deleteDepartmentInput)
  .mutation(async ({ ctx, input }) => {
    await deleteDepartment(ctx.db, ctx.session, input.id);
    return { ok: true };
  });
