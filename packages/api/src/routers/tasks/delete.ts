import { deleteTask } from "../../services/tasks/tasks";
import { roleProcedure } from "../../trpc";
import { idInput } from "../inputs";

export const deleteTaskInput = idInput;

export const deleteTaskProcedure = roleProcedure("admin", "editor")
  .input(deleteTaskInput)
  .mutation(async ({ ctx, input }) => {
    await deleteTask(ctx.db, await ctx.boss(), ctx.session, input.id);
    return { ok: true };
  });
