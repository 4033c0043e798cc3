import { campaignIdInput } from "../../services/campaigns/inputs";
import { cancelCampaign } from "../../services/campaigns/lifecycle";
import { allowedProcedure } from "../../trpc";

export const cancelProcedure = allowedProcedure("campaigns.manage")
  .input(campaignIdInput)
  .mutation(({ ctx, input }) => cancelCampaign(ctx.db, ctx.session, input.campaignId));
