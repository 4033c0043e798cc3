import { campaignIdInput } from "../../services/campaigns/inputs";
import { startCampaign } from "../../services/campaigns/lifecycle";
import { allowedProcedure } from "../../trpc";

export const startProcedure = allowedProcedure("campaigns.manage")
  .input(campaignIdInput)
  .mutation(async ({ ctx, input }) => startCampaign(ctx.db, await ctx.boss(), ctx.session, input.campaignId));
