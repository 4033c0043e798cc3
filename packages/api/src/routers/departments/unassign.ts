import { z } from "zod";
import { unassignEventDepartment } from "../../services/departments/assignment";
import { roleProcedure } from "../../trpc";
import { uuid } from "../inputs";

export const unassignDepartmentInput = z.object({ eventId: uuid, departmentId: uuid });

export const unassignDepartmentProcedure = roleProcedure("admin", "editor")
  .input(unassignDepartmentInput)
  .mutation(async ({ ctx, input }) => unassignEventDepartment(ctx.db, await ctx.boss(), ctx.session, input));
