import { setEventDepartment } from "../../services/departments/assignment";
import { assignDepartmentInput } from "../../services/departments/inputs";
import { allowedProcedure } from "../../trpc";

export const assignDepartmentProcedure = allowedProcedure("tasks.manage")
  .input(assignDepartmentInput)
  .mutation(async ({ ctx, input }) => setEventDepartment(ctx.db, await ctx.boss(), ctx.session, input));
