import { z } from "zod";
import { updateTemplate } from "../../../services/whatsapp/templates";
import { waAdminProcedure } from "../procedure";
import { templateBodies } from "./create";

export const updateTemplateInput = templateBodies.extend({ id: z.uuid() });

export const updateTemplateProcedure = waAdminProcedure
  .input(updateTemplateInput)
  .mutation(({ ctx, input }) => updateTemplate(ctx.db, ctx.session, input.id, input));
