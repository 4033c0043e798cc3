import { listTasksInput } from "../../services/tasks/inputs";
import { listTasks } from "../../services/tasks/queries";
import { protectedProcedure } from "../../trpc";

/** The tasks page: department users see only their departments' tasks. */
export const listTasksProcedure = protectedProcedure
  .input(listTasksInput)
  .query(({ ctx, input }) => listTasks(ctx.db, ctx.session, input));
