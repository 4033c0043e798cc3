import { unassignEventDepartment } from "../../services/departments/assignment";
import { eventDepartmentInput } from "../../services/departments/inputs";
import { allowedProcedure } from "../../trpc";

export const unassignDepartmentProcedure = allowedProcedure("tasks.manage")
  .input(eventDepartmentInput)
  .mutation(async ({ ctx, input }) => unassignEventDepartment(ctx.db, await ctx.boss(), ctx.session, input));
