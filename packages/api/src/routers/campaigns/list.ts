import { listCampaigns } from "../../services/campaigns/campaigns";
import { listCampaignsInput } from "../../services/campaigns/inputs";
import { allowedProcedure } from "../../trpc";

export const listProcedure = allowedProcedure("campaigns.read")
  .input(listCampaignsInput)
  .query(({ ctx, input }) => listCampaigns(ctx.db, ctx.session.orgId, input));
