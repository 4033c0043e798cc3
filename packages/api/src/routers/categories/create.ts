import { createCategory } from "../../services/categories";
import { roleProcedure } from "../../trpc";
import { categoryFields } from "./fields";

export const createCategoryInput = categoryFields;

export const createCategoryProcedure = roleProcedure("admin")
  .input(createCategoryInput)
  .mutation(({ ctx, input }) => createCategory(ctx.db, ctx.session, input));
