import { myTasksInput } from "../../services/tasks/inputs";
import { listTasks } from "../../services/tasks/queries";
import { protectedProcedure } from "../../trpc";

/** "My tasks": assigned to me, or unassigned in one of my departments. */
export const myTasksProcedure = protectedProcedure
  .input(myTasksInput)
  .query(({ ctx, input }) => listTasks(ctx.db, ctx.session, { ...input, mine: true }));
