import { createTemplateInput } from "../../services/tasks/template-inputs";
import { createTemplate } from "../../services/tasks/templates";
import { allowedProcedure } from "../../trpc";

export const createTemplateProcedure = allowedProcedure("tasks.manage")
  .input(createTemplateInput)
  .mutation(({ ctx, input }) => createTemplate(ctx.db, ctx.session, input));
