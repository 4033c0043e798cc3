import { reviewListInput } from "../../services/sources/inputs";
import { reviewList } from "../../services/sources/queries";
import { allowedProcedure } from "../../trpc";

export const reviewListProcedure = allowedProcedure("sources.review")
  .input(reviewListInput)
  .query(({ ctx, input }) => reviewList(ctx.db, ctx.session.orgId, input));
