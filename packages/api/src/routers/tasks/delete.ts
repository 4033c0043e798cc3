import { idInput } from "../../services/shared-inputs";
import { deleteTask } from "../../services/tasks/tasks";
import { allowedProcedure } from "../../trpc";

export const deleteTaskProcedure = allowedProcedure("tasks.manage")
  .input(idInput)
  .mutation(async ({ ctx, input }) => {
    await deleteTask(ctx.db, await ctx.boss(), ctx.session, input.id);
    return { ok: true };
  });
