import { ignoreInput } from "../../services/sources/inputs";
import { ignoreStaged } from "../../services/sources/review";
import { allowedProcedure } from "../../trpc";

export const ignoreStagedProcedure = allowedProcedure("sources.review")
  .input(ignoreInput)
  .mutation(({ ctx, input }) => ignoreStaged(ctx.db, ctx.session, input));
