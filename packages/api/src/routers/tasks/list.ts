import { listTasks } from "../../services/tasks/queries";
import { protectedProcedure } from "../../trpc";
import { taskFilters } from "./fields";

export const listTasksInput = taskFilters.default({ limit: 50, offset: 0 });

/** The tasks page: department users see only their departments' tasks. */
export const listTasksProcedure = protectedProcedure
  .input(listTasksInput)
  .query(({ ctx, input }) => listTasks(ctx.db, ctx.session, input));
