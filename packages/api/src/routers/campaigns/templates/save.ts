import { saveTemplateInput } from "../../../services/campaigns/inputs";
import { saveCampaignTemplate } from "../../../services/campaigns/templates";
import { allowedProcedure } from "../../../trpc";

export const saveTemplateProcedure = allowedProcedure("campaigns.manage")
  .input(saveTemplateInput)
  .mutation(({ ctx, input }) => saveCampaignTemplate(ctx.db, ctx.session, input));
