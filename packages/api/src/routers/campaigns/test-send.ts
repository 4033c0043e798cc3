import { testSendInput } from "../../services/campaigns/inputs";
import { sendCampaignTest } from "../../services/campaigns/test-send";
import { allowedProcedure } from "../../trpc";

export const testSendProcedure = allowedProcedure("campaigns.manage")
  .input(testSendInput)
  .mutation(async ({ ctx, input }) => sendCampaignTest(ctx.db, await ctx.boss(), ctx.session, input));
