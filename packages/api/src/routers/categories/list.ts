import { listCategories } from "../../services/categories";
import { protectedProcedure } from "../../trpc";

export const listCategoriesProcedure = protectedProcedure.query(({ ctx }) =>
  listCategories(ctx.db, ctx.session.orgId),
);
