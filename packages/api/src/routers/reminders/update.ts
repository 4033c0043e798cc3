import { errorKeys } from "../../errors";
import { updateEventReminder } from "../../services/reminders/event-reminders";
import { allowedProcedure } from "../../trpc";
import { uuid } from "../inputs";
import { offsetMatchesMinutes, reminderFields } from "./fields";

export const updateReminderInput = reminderFields
  .partial()
  .extend({ id: uuid })
  .refine(offsetMatchesMinutes, { path: ["customMinutesBefore"], message: errorKeys.invalidInput });

export const updateReminderProcedure = allowedProcedure("reminders.manage")
  .input(updateReminderInput)
  .mutation(async ({ ctx, input: { id, ...fields } }) =>
    updateEventReminder(ctx.db, await ctx.boss(), ctx.session, id, fields),
  );
