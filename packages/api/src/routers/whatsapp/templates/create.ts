import { createTemplateInput } from "../../../services/whatsapp/template-inputs";
import { createTemplate } from "../../../services/whatsapp/templates";
import { waAdminProcedure } from "../procedure";

export const createTemplateProcedure = waAdminProcedure
  .input(createTemplateInput)
  .mutation(({ ctx, input }) => createTemplate(ctx.db, ctx.session, input.key, input));
