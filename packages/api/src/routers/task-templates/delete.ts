import { deleteTemplate } from "../../services/tasks/templates";
import { allowedProcedure } from "../../trpc";
import { idInput } from "../inputs";

export const deleteTemplateInput = idInput;

export const deleteTemplateProcedure = allowedProcedure("tasks.manage")
  .input(deleteTemplateInput)
  .mutation(async ({ ctx, input }) => {
    await deleteTemplate(ctx.db, ctx.session, input.id);
    return { ok: true };
  });
