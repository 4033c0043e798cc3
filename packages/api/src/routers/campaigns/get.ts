import { getCampaign } from "../../services/campaigns/campaigns";
import { campaignIdInput } from "../../services/campaigns/inputs";
import { allowedProcedure } from "../../trpc";

export const getProcedure = allowedProcedure("campaigns.read")
  .input(campaignIdInput)
  .query(({ ctx, input }) => getCampaign(ctx.db, ctx.session.orgId, input.campaignId));
