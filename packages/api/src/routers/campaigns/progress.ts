import { campaignIdInput } from "../../services/campaigns/inputs";
import { campaignProgress } from "../../services/campaigns/progress";
import { allowedProcedure } from "../../trpc";

export const progressProcedure = allowedProcedure("campaigns.read")
  .input(campaignIdInput)
  .query(({ ctx, input }) => campaignProgress(ctx.db, ctx.session.orgId, input.campaignId));
