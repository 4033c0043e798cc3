import { updateTask } from "../../services/tasks/tasks";
import { roleProcedure } from "../../trpc";
import { uuid } from "../inputs";
import { taskFields } from "./fields";

/** Only the fields given change; `prerequisiteIds` replaces the list (same event, no cycles). */
export const updateTaskInput = taskFields.partial().extend({ id: uuid });

export const updateTaskProcedure = roleProcedure("admin", "editor")
  .input(updateTaskInput)
  .mutation(async ({ ctx, input: { id, ...fields } }) =>
    updateTask(ctx.db, await ctx.boss(), ctx.session, id, fields),
  );
