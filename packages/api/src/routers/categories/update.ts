import { updateCategory, updateCategoryInput } from "../../services/categories";
import { allowedProcedure } from "../../trpc";

export const updateCategoryProcedure = allowedProcedure("categories.manage")
  .input(updateCategoryInput)
  .mutation(({ ctx, input: { id, ...fields } }) => updateCategory(ctx.db, ctx.session, id, fields));
