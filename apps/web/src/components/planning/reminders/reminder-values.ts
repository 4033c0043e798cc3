import type { Locale, ReminderOffset } from "@taqweem/db/schema";
// Relative, so that the unit tests (which know no "@/" alias) can load it.
import { type OffsetUnit, splitOffset } from "../../../lib/due-offset";
import type { EventReminder } from "../types";

/** The reminder form as typed. */
export interface ReminderValues {
  offset: ReminderOffset;
  customAmount: string;
  customUnit: OffsetUnit;
  toDepartments: boolean;
  userIds: string[];
  whatsappType: "" | "contact" | "group";
  whatsappRecipient: string;
  whatsappLocale: Locale;
}

export const newReminderValues: ReminderValues = {
  offset: "day_before",
  customAmount: "2",
  customUnit: "hours",
  toDepartments: true,
  userIds: [],
  whatsappType: "",
  whatsappRecipient: "",
  whatsappLocale: "ar",
};

export function reminderValuesOf(reminder: EventReminder): ReminderValues {
  const custom = splitOffset(reminder.customMinutesBefore ?? 120);
  return {
    offset: reminder.offset,
    customAmount: String(custom.amount),
    customUnit: custom.unit,
    toDepartments: reminder.toDepartments,
    userIds: reminder.userIds,
    whatsappType: reminder.whatsappRecipientType ?? "",
    whatsappRecipient: reminder.whatsappRecipient ?? "",
    whatsappLocale: reminder.whatsappLocale,
  };
}

const minutesPer: Record<OffsetUnit, number> = { minutes: 1, hours: 60, days: 1440 };

/** True when the reminder reaches someone: the departments, chosen people or a WhatsApp chat. */
export const hasAudience = (values: ReminderValues) =>
  values.toDepartments || values.userIds.length > 0 || values.whatsappType !== "";

/** The form as `reminders.create` and `reminders.update` take it. */
export function reminderInput(values: ReminderValues) {
  return {
    offset: values.offset,
    customMinutesBefore:
      values.offset === "custom" ? Number(values.customAmount) * minutesPer[values.customUnit] : null,
    toDepartments: values.toDepartments,
    userIds: values.userIds,
    whatsapp: values.whatsappType
      ? { type: values.whatsappType, recipient: values.whatsappRecipient, locale: values.whatsappLocale }
      : null,
  };
}
