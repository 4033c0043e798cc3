import { listEventReminders } from "../../services/reminders/event-reminders";
import { remindersForEventInput } from "../../services/reminders/inputs";
import { protectedProcedure } from "../../trpc";

export const remindersForEventProcedure = protectedProcedure
  .input(remindersForEventInput)
  .query(({ ctx, input }) => listEventReminders(ctx.db, ctx.session.orgId, input.eventId));
