import { listCampaignTemplates } from "../../../services/campaigns/templates";
import { allowedProcedure } from "../../../trpc";

export const listTemplatesProcedure = allowedProcedure("campaigns.read").query(({ ctx }) =>
  listCampaignTemplates(ctx.db, ctx.session.orgId),
);
