import { deleteEventReminder } from "../../services/reminders/event-reminders";
import { allowedProcedure } from "../../trpc";
import { idInput } from "../inputs";

export const deleteReminderInput = idInput;

export const deleteReminderProcedure = allowedProcedure("reminders.manage")
  .input(deleteReminderInput)
  .mutation(async ({ ctx, input }) => {
    await deleteEventReminder(ctx.db, await ctx.boss(), ctx.session, input.id);
    return { ok: true };
  });
