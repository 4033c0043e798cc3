import { createEventReminder } from "../../services/reminders/event-reminders";
import { createReminderInput } from "../../services/reminders/inputs";
import { allowedProcedure } from "../../trpc";

export const createReminderProcedure = allowedProcedure("reminders.manage")
  .input(createReminderInput)
  .mutation(async ({ ctx, input }) => createEventReminder(ctx.db, await ctx.boss(), ctx.session, input));
