import { deleteCategory } from "../../services/categories";
import { idInput } from "../../services/shared-inputs";
import { allowedProcedure } from "../../trpc";

export const deleteCategoryProcedure = allowedProcedure("categories.manage")
  .input(idInput)
  .mutation(async ({ ctx, input }) => {
    await deleteCategory(ctx.db, ctx.session, input.id);
    return { ok: true as const };
  });
