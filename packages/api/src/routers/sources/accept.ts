import { acceptFieldInput } from "../../services/sources/inputs";
import { acceptField } from "../../services/sources/review";
import { allowedProcedure } from "../../trpc";

export const acceptFieldProcedure = allowedProcedure("sources.review")
  .input(acceptFieldInput)
  .mutation(async ({ ctx, input }) => acceptField(ctx.db, await ctx.boss(), ctx.session, input));
