import { importStagedInput } from "../../services/sources/inputs";
import { importStaged } from "../../services/sources/review";
import { allowedProcedure } from "../../trpc";

export const importStagedProcedure = allowedProcedure("sources.review")
  .input(importStagedInput)
  .mutation(async ({ ctx, input }) => importStaged(ctx.db, await ctx.boss(), ctx.session, input));
