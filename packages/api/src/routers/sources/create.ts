import { createSourceInput } from "../../services/sources/inputs";
import { createSource } from "../../services/sources/sources";
import { allowedProcedure } from "../../trpc";

export const createSourceProcedure = allowedProcedure("sources.manage")
  .input(createSourceInput)
  .mutation(async ({ ctx, input }) => createSource(ctx.db, await ctx.boss(), ctx.session, input));
