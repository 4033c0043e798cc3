import { updateTemplateInput } from "../../services/tasks/template-inputs";
import { updateTemplate } from "../../services/tasks/templates";
import { allowedProcedure } from "../../trpc";

export const updateTemplateProcedure = allowedProcedure("tasks.manage")
  .input(updateTemplateInput)
  .mutation(({ ctx, input: { id, ...fields } }) => updateTemplate(ctx.db, ctx.session, id, fields));
