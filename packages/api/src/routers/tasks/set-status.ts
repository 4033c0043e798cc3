import { z } from "zod";
import { setTaskStatus } from "../../services/tasks/status";
import { protectedProcedure } from "../../trpc";
import { uuid } from "../inputs";

/** `waiting` is not settable: it follows from open prerequisites. */
export const setTaskStatusInput = z.object({
  id: uuid,
  status: z.enum(["pending", "in_progress", "completed", "cancelled"]),
});

/** Department users on their departments' tasks (not cancel); editors and admins on all. */
export const setTaskStatusProcedure = protectedProcedure
  .input(setTaskStatusInput)
  .mutation(async ({ ctx, input }) =>
    setTaskStatus(ctx.db, await ctx.boss(), ctx.session, input.id, input.status),
  );
