import { deleteEventReminder } from "../../services/reminders/event-reminders";
import { idInput } from "../../services/shared-inputs";
import { allowedProcedure } from "../../trpc";

export const deleteReminderProcedure = allowedProcedure("reminders.manage")
  .input(idInput)
  .mutation(async ({ ctx, input }) => {
    await deleteEventReminder(ctx.db, await ctx.boss(), ctx.session, input.id);
    return { ok: true };
  });
