import { createCategory, createCategoryInput } from "../../services/categories";
import { allowedProcedure } from "../../trpc";

export const createCategoryProcedure = allowedProcedure("categories.manage")
  .input(createCategoryInput)
  .mutation(({ ctx, input }) => createCategory(ctx.db, ctx.session, input));
