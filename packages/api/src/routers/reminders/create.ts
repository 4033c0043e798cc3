import { errorKeys } from "../../errors";
import { createEventReminder } from "../../services/reminders/event-reminders";
import { allowedProcedure } from "../../trpc";
import { uuid } from "../inputs";
import { offsetMatchesMinutes, reminderFields } from "./fields";

const { customMinutesBefore, toDepartments, userIds, whatsapp } = reminderFields.shape;

export const createReminderInput = reminderFields
  .extend({
    eventId: uuid,
    customMinutesBefore: customMinutesBefore.default(null),
    toDepartments: toDepartments.default(true),
    userIds: userIds.default([]),
    whatsapp: whatsapp.default(null),
  })
  .refine(offsetMatchesMinutes, { path: ["customMinutesBefore"], message: errorKeys.invalidInput })
  .refine((value) => value.toDepartments || value.userIds.length > 0 || value.whatsapp !== null, {
    path: ["toDepartments"],
    message: errorKeys.invalidInput,
  });

export const createReminderProcedure = allowedProcedure("reminders.manage")
  .input(createReminderInput)
  .mutation(async ({ ctx, input }) => createEventReminder(ctx.db, await ctx.boss(), ctx.session, input));
