import { campaignIdInput } from "../../services/campaigns/inputs";
import { pauseCampaign } from "../../services/campaigns/lifecycle";
import { allowedProcedure } from "../../trpc";

export const pauseProcedure = allowedProcedure("campaigns.manage")
  .input(campaignIdInput)
  .mutation(({ ctx, input }) => pauseCampaign(ctx.db, ctx.session, input.campaignId));
