import { campaignAuditTrail } from "../../services/campaigns/audit-trail";
import { campaignIdInput } from "../../services/campaigns/inputs";
import { allowedProcedure } from "../../trpc";

export const auditProcedure = allowedProcedure("campaigns.read")
  .input(campaignIdInput)
  .query(({ ctx, input }) => campaignAuditTrail(ctx.db, ctx.session.orgId, input.campaignId));
