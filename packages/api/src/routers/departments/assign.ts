import { z } from "zod";
import { setEventDepartment } from "../../services/departments/assignment";
import { allowedProcedure } from "../../trpc";
import { uuid } from "../inputs";

/** Assigns the department, or changes which of its templates apply (the list is the new set). */
export const assignDepartmentInput = z.object({
  eventId: uuid,
  departmentId: uuid,
  templateIds: z.array(uuid).max(200),
});

export const assignDepartmentProcedure = allowedProcedure("tasks.manage")
  .input(assignDepartmentInput)
  .mutation(async ({ ctx, input }) => setEventDepartment(ctx.db, await ctx.boss(), ctx.session, input));
