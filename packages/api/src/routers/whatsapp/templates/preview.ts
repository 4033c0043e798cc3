import { z } from "zod";
import { previewTemplate } from "../../../services/whatsapp/template-preview";
import { waAdminProcedure } from "../procedure";
import { createTemplateInput } from "./create";

/** Renders unsaved wording with one of the organisation's events, or a sample event. */
export const previewTemplateInput = createTemplateInput.extend({ eventId: z.uuid().optional() });

export const previewTemplateProcedure = waAdminProcedure
  .input(previewTemplateInput)
  .query(({ ctx, input }) => previewTemplate(ctx.db, ctx.session.orgId, input.key, input, input.eventId));
