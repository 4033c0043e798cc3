import { updateTaskInput } from "../../services/tasks/inputs";
import { updateTask } from "../../services/tasks/tasks";
import { allowedProcedure } from "../../trpc";

export const updateTaskProcedure = allowedProcedure("tasks.manage")
  .input(updateTaskInput)
  .mutation(async ({ ctx, input: { id, ...fields } }) =>
    updateTask(ctx.db, await ctx.boss(), ctx.session, id, fields),
  );
