import { idInput } from "../../../services/shared-inputs";
import { deleteTemplate } from "../../../services/whatsapp/templates";
import { waAdminProcedure } from "../procedure";

export const deleteTemplateProcedure = waAdminProcedure
  .input(idInput)
  .mutation(({ ctx, input }) => deleteTemplate(ctx.db, ctx.session, input.id));
