import { updateTemplate } from "../../services/tasks/templates";
import { allowedProcedure } from "../../trpc";
import { uuid } from "../inputs";
import { templateFields } from "./fields";

/** Only the fields given change; `prerequisiteIds` replaces the list (cycles are refused). */
export const updateTemplateInput = templateFields.partial().extend({ id: uuid });

export const updateTemplateProcedure = allowedProcedure("tasks.manage")
  .input(updateTemplateInput)
  .mutation(({ ctx, input: { id, dueOffset: dueOffsetMinutes, ...fields } }) =>
    updateTemplate(ctx.db, ctx.session, id, { ...fields, dueOffsetMinutes }),
  );
