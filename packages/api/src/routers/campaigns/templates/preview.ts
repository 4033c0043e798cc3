import { previewTemplateInput } from "../../../services/campaigns/inputs";
import { previewCampaignTemplate } from "../../../services/campaigns/templates";
import { allowedProcedure } from "../../../trpc";

export const previewTemplateProcedure = allowedProcedure("campaigns.read")
  .input(previewTemplateInput)
  .query(({ ctx, input }) => previewCampaignTemplate(ctx.db, ctx.session.orgId, input));
