import { createCampaign } from "../../services/campaigns/campaigns";
import { createCampaignInput } from "../../services/campaigns/inputs";
import { allowedProcedure } from "../../trpc";

export const createProcedure = allowedProcedure("campaigns.manage")
  .input(createCampaignInput)
  .mutation(async ({ ctx, input }) => createCampaign(ctx.db, await ctx.boss(), ctx.session, input));
