import { updateTemplateInput } from "../../../services/whatsapp/template-inputs";
import { updateTemplate } from "../../../services/whatsapp/templates";
import { waAdminProcedure } from "../procedure";

export const updateTemplateProcedure = waAdminProcedure
  .input(updateTemplateInput)
  .mutation(({ ctx, input }) => updateTemplate(ctx.db, ctx.session, input.id, input));
