import { z } from "zod";
import { listEventReminders } from "../../services/reminders/event-reminders";
import { protectedProcedure } from "../../trpc";
import { uuid } from "../inputs";

export const remindersForEventInput = z.object({ eventId: uuid });

export const remindersForEventProcedure = protectedProcedure
  .input(remindersForEventInput)
  .query(({ ctx, input }) => listEventReminders(ctx.db, ctx.session.orgId, input.eventId));
