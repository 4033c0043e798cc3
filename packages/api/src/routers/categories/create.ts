import { createCategory } from "../../services/categories";
import { allowedProcedure } from "../../trpc";
import { categoryFields } from "./fields";

export const createCategoryInput = categoryFields;

export const createCategoryProcedure = allowedProcedure("categories.manage")
  .input(createCategoryInput)
  .mutation(({ ctx, input }) => createCategory(ctx.db, ctx.session, input));
