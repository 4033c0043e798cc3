import { deleteCategory } from "../../services/categories";
import { allowedProcedure } from "../../trpc";
import { categoryIdInput } from "./fields";

export const deleteCategoryInput = categoryIdInput;

export const deleteCategoryProcedure = allowedProcedure("categories.manage")
  .input(deleteCategoryInput)
  .mutation(async ({ ctx, input }) => {
    await deleteCategory(ctx.db, ctx.session, input.id);
    return { ok: true as const };
  });
