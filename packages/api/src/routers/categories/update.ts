import { updateCategory } from "../../services/categories";
import { roleProcedure } from "../../trpc";
import { categoryFields, categoryIdInput } from "./fields";

/** `id` and the fields that change. */
export const updateCategoryInput = categoryIdInput.extend(categoryFields.partial().shape);

export const updateCategoryProcedure = roleProcedure("admin")
  .input(updateCategoryInput)
  .mutation(({ ctx, input: { id, ...fields } }) => updateCategory(ctx.db, ctx.session, id, fields));
