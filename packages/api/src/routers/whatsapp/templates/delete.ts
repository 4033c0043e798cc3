import { z } from "zod";
import { deleteTemplate } from "../../../services/whatsapp/templates";
import { waAdminProcedure } from "../procedure";

export const deleteTemplateProcedure = waAdminProcedure
  .input(z.object({ id: z.uuid() }))
  .mutation(({ ctx, input }) => deleteTemplate(ctx.db, ctx.session, input.id));
