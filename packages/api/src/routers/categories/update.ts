import { updateCategory } from "../../services/categories";
import { allowedProcedure } from "../../trpc";
import { categoryFields, categoryIdInput } from "./fields";

/** `id` and the fields that change. */
export const updateCategoryInput = categoryIdInput.extend(categoryFields.partial().shape);

export const updateCategoryProcedure = allowedProcedure("categories.manage")
  .input(updateCategoryInput)
  .mutation(({ ctx, input: { id, ...fields } }) => updateCategory(ctx.db, ctx.session, id, fields));
