import { campaignIdInput } from "../../services/campaigns/inputs";
import { retryFailed } from "../../services/campaigns/lifecycle";
import { allowedProcedure } from "../../trpc";

export const retryFailedProcedure = allowedProcedure("campaigns.manage")
  .input(campaignIdInput)
  .mutation(async ({ ctx, input }) => retryFailed(ctx.db, await ctx.boss(), ctx.session, input.campaignId));
