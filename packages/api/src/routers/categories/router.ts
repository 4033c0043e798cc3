import { createTRPCRouter } from "../../trpc";
import { createCategoryProcedure } from "./create";
import { deleteCategoryProcedure } from "./delete";
import { listCategoriesProcedure } from "./list";
import { updateCategoryProcedure } from "./update";

export const categoriesRouter = createTRPCRouter({
  list: listCategoriesProcedure,
  create: createCategoryProcedure,
  update: updateCategoryProcedure,
  delete: deleteCategoryProcedure,
});
