import { updateTask } from "../../services/tasks/tasks";
import { allowedProcedure } from "../../trpc";
import { uuid } from "../inputs";
import { taskFields } from "./fields";

/** Only the fields given change; `prerequisiteIds` replaces the list (same event, no cycles). */
export const updateTaskInput = taskFields.partial().extend({ id: uuid });

export const updateTaskProcedure = allowedProcedure("tasks.manage")
  .input(updateTaskInput)
  .mutation(async ({ ctx, input: { id, ...fields } }) =>
    updateTask(ctx.db, await ctx.boss(), ctx.session, id, fields),
  );
