import { z } from "zod";
import { listEventDepartments } from "../../services/departments/assignment";
import { protectedProcedure } from "../../trpc";
import { uuid } from "../inputs";

export const departmentsForEventInput = z.object({ eventId: uuid });

export const departmentsForEventProcedure = protectedProcedure
  .input(departmentsForEventInput)
  .query(({ ctx, input }) => listEventDepartments(ctx.db, ctx.session.orgId, input.eventId));
