import { dismissInput } from "../../services/sources/inputs";
import { dismissChanges } from "../../services/sources/review";
import { allowedProcedure } from "../../trpc";

export const dismissChangesProcedure = allowedProcedure("sources.review")
  .input(dismissInput)
  .mutation(({ ctx, input }) => dismissChanges(ctx.db, ctx.session, input));
