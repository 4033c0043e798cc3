import { campaignIdInput } from "../../services/campaigns/inputs";
import { resumeCampaign } from "../../services/campaigns/lifecycle";
import { allowedProcedure } from "../../trpc";

export const resumeProcedure = allowedProcedure("campaigns.manage")
  .input(campaignIdInput)
  .mutation(async ({ ctx, input }) =>
    resumeCampaign(ctx.db, await ctx.boss(), ctx.session, input.campaignId),
  );
