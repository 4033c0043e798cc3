import { previewTemplateInput } from "../../../services/whatsapp/template-inputs";
import { previewTemplate } from "../../../services/whatsapp/template-preview";
import { waAdminProcedure } from "../procedure";

export const previewTemplateProcedure = waAdminProcedure
  .input(previewTemplateInput)
  .query(({ ctx, input }) => previewTemplate(ctx.db, ctx.session.orgId, input.key, input, input.eventId));
