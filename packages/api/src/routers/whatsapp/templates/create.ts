import { waTemplateKeys } from "@taqweem/db";
import { z } from "zod";
import { createTemplate } from "../../../services/whatsapp/templates";
import { waAdminProcedure } from "../procedure";

export const templateBodies = z.object({
  bodyEn: z.string().trim().min(1).max(4000),
  bodyAr: z.string().trim().min(1).max(4000),
});

export const createTemplateInput = templateBodies.extend({ key: z.enum(waTemplateKeys) });

export const createTemplateProcedure = waAdminProcedure
  .input(createTemplateInput)
  .mutation(({ ctx, input }) => createTemplate(ctx.db, ctx.session, input.key, input));
