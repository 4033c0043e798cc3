import { deleteTask } from "../../services/tasks/tasks";
import { allowedProcedure } from "../../trpc";
import { idInput } from "../inputs";

export const deleteTaskInput = idInput;

export const deleteTaskProcedure = allowedProcedure("tasks.manage")
  .input(deleteTaskInput)
  .mutation(async ({ ctx, input }) => {
    await deleteTask(ctx.db, await ctx.boss(), ctx.session, input.id);
    return { ok: true };
  });
