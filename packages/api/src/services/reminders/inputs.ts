import { reminderOffsets } from "@taqweem/db";
import { z } from "zod";
import { errorKeys } from "../../errors";
import { id } from "../shared-inputs";
import { whatsappMessageTarget } from "../whatsapp/target-input";

/** A reminder's fields (no defaults: an update changes only what it names). */
const reminderFields = z.object({
  offset: z.enum(reminderOffsets),
  /** Minutes before the start, for `custom` only (up to 60 days). */
  customMinutesBefore: z
    .int()
    .min(1)
    .max(60 * 1440)
    .nullable(),
  /** Members, mailboxes and WhatsApp groups of the departments assigned to the event. */
  toDepartments: z.boolean(),
  userIds: z.array(id).max(200),
  /** A WhatsApp group or number, and the language of the message sent there. */
  whatsapp: whatsappMessageTarget.nullable(),
});

/** `custom` comes with its minutes, the other offsets without. */
const offsetMatchesMinutes = (value: { offset?: string; customMinutesBefore?: number | null }) =>
  value.offset === undefined || (value.offset === "custom") === (value.customMinutesBefore != null);

const { customMinutesBefore, toDepartments, userIds, whatsapp } = reminderFields.shape;

export const createReminderInput = reminderFields
  .extend({
    eventId: id,
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

export type NewReminder = z.infer<typeof createReminderInput>;

export const updateReminderInput = reminderFields
  .partial()
  .extend({ id })
  .refine(offsetMatchesMinutes, { path: ["customMinutesBefore"], message: errorKeys.invalidInput });

export type ReminderChanges = Omit<z.infer<typeof updateReminderInput>, "id">;

export const remindersForEventInput = z.object({ eventId: id });
