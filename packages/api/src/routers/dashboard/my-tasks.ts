import { dashboardMyTasks } from "../../services/dashboard/my-tasks";
import { protectedProcedure } from "../../trpc";

/** My open tasks, overdue first. */
export const dashboardMyTasksProcedure = protectedProcedure.query(({ ctx }) =>
  dashboardMyTasks(ctx.db, ctx.session),
);
