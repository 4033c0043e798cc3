import { listTasks } from "../../services/tasks/queries";
import { protectedProcedure } from "../../trpc";
import { taskFilters } from "./fields";

export const myTasksInput = taskFilters.omit({ assigneeId: true }).default({ limit: 50, offset: 0 });

/** "My tasks": assigned to me, or unassigned in one of my departments. */
export const myTasksProcedure = protectedProcedure
  .input(myTasksInput)
  .query(({ ctx, input }) => listTasks(ctx.db, ctx.session, { ...input, mine: true }));
