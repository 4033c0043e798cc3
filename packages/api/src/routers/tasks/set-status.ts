import { setTaskStatusInput } from "../../services/tasks/inputs";
import { setTaskStatus } from "../../services/tasks/status";
import { protectedProcedure } from "../../trpc";

/** Department users on their departments' tasks (not cancel); editors and admins on all. */
export const setTaskStatusProcedure = protectedProcedure
  .input(setTaskStatusInput)
  .mutation(async ({ ctx, input }) =>
    setTaskStatus(ctx.db, await ctx.boss(), ctx.session, input.id, input.status),
  );
