import { updateCampaign } from "../../services/campaigns/campaigns";
import { updateCampaignInput } from "../../services/campaigns/inputs";
import { allowedProcedure } from "../../trpc";

export const updateProcedure = allowedProcedure("campaigns.manage")
  .input(updateCampaignInput)
  .mutation(async ({ ctx, input }) => updateCampaign(ctx.db, await ctx.boss(), ctx.session, input));
