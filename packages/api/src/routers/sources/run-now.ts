import { idInput } from "../../services/shared-inputs";
import { runSourceNow } from "../../services/sources/runs";
import { allowedProcedure } from "../../trpc";

export const runSourceNowProcedure = allowedProcedure("sources.review")
  .input(idInput)
  .mutation(async ({ ctx, input }) => runSourceNow(ctx.db, await ctx.boss(), ctx.session, input.id));
