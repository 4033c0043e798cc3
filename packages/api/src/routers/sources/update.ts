import { updateSourceInput } from "../../services/sources/inputs";
import { updateSource } from "../../services/sources/sources";
import { allowedProcedure } from "../../trpc";

export const updateSourceProcedure = allowedProcedure("sources.manage")
  .input(updateSourceInput)
  .mutation(async ({ ctx, input }) => updateSource(ctx.db, await ctx.boss(), ctx.session, input));
