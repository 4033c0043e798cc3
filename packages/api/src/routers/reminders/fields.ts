import { reminderOffsets } from "@taqweem/db";
import { z } from "zod";
import { uuid, whatsappMessageTarget } from "../inputs";

/** A reminder's fields (no defaults: an update changes only what it names). */
export const reminderFields = z.object({
  offset: z.enum(reminderOffsets),
  /** Minutes before the start, for `custom` only (up to 60 days). */
  customMinutesBefore: z
    .int()
    .min(1)
    .max(60 * 1440)
    .nullable(),
  /** Members, mailboxes and WhatsApp groups of the departments assigned to the event. */
  toDepartments: z.boolean(),
  userIds: z.array(uuid).max(200),
  /** A WhatsApp group or number, and the language of the message sent there. */
  whatsapp: whatsappMessageTarget.nullable(),
});

/** `custom` comes with its minutes, the other offsets without. */
export const offsetMatchesMinutes = (value: { offset?: string; customMinutesBefore?: number | null }) =>
  value.offset === undefined || (value.offset === "custom") === (value.customMinutesBefore != null);
