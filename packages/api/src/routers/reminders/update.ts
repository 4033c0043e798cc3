import { updateEventReminder } from "../../services/reminders/event-reminders";
import { updateReminderInput } from "../../services/reminders/inputs";
import { allowedProcedure } from "../../trpc";

export const updateReminderProcedure = allowedProcedure("reminders.manage")
  .input(updateReminderInput)
  .mutation(async ({ ctx, input: { id, ...fields } }) =>
    updateEventReminder(ctx.db, await ctx.boss(), ctx.session, id, fields),
  );
