import { deleteTemplate } from "../../services/tasks/templates";
import { roleProcedure } from "../../trpc";
import { idInput } from "../inputs";

export const deleteTemplateInput = idInput;

export const deleteTemplateProcedure = roleProcedure("admin", "editor")
  .input(deleteTemplateInput)
  .mutation(async ({ ctx, input }) => {
    await deleteTemplate(ctx.db, ctx.session, input.id);
    return { ok: true };
  });
