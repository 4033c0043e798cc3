import { idInput } from "../../services/shared-inputs";
import { deleteTemplate } from "../../services/tasks/templates";
import { allowedProcedure } from "../../trpc";

export const deleteTemplateProcedure = allowedProcedure("tasks.manage")
  .input(idInput)
  .mutation(async ({ ctx, input }) => {
    await deleteTemplate(ctx.db, ctx.session, input.id);
    return { ok: true };
  });
