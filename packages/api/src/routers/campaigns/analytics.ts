import { campaignAnalytics } from "../../services/campaigns/analytics";
import { campaignIdInput } from "../../services/campaigns/inputs";
import { allowedProcedure } from "../../trpc";

export const analyticsProcedure = allowedProcedure("campaigns.read")
  .input(campaignIdInput)
  .query(({ ctx, input }) => campaignAnalytics(ctx.db, ctx.session.orgId, input.campaignId));
