import { z } from "zod";
import { unassignEventDepartment } from "../../services/departments/assignment";
import { allowedProcedure } from "../../trpc";
import { uuid } from "../inputs";

export const unassignDepartmentInput = z.object({ eventId: uuid, departmentId: uuid });

export const unassignDepartmentProcedure = allowedProcedure("tasks.manage")
  .input(unassignDepartmentInput)
  .mutation(async ({ ctx, input }) => unassignEventDepartment(ctx.db, await ctx.boss(), ctx.session, input));
