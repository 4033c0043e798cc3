import { createTaskInput } from "../../services/tasks/inputs";
import { createTask } from "../../services/tasks/tasks";
import { allowedProcedure } from "../../trpc";

export const createTaskProcedure = allowedProcedure("tasks.manage")
  .input(createTaskInput)
  .mutation(async ({ ctx, input }) => createTask(ctx.db, await ctx.boss(), ctx.session, input));
