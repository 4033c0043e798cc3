import { listEventDepartments } from "../../services/departments/assignment";
import { eventDepartmentsInput } from "../../services/departments/inputs";
import { protectedProcedure } from "../../trpc";

export const departmentsForEventProcedure = protectedProcedure
  .input(eventDepartmentsInput)
  .query(({ ctx, input }) => listEventDepartments(ctx.db, ctx.session.orgId, input.eventId));
