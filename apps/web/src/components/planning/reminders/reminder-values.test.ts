import { describe, expect, it } from "vitest";
import { hasAudience, newReminderValues, reminderInput } from "./reminder-values";

describe("reminder form values", () => {
  it("sends minutes only with a custom offset", () => {
    expect(reminderInput(newReminderValues).customMinutesBefore).toBeNull();
    const custom = reminderInput({
      ...newReminderValues,
      offset: "custom",
      customAmount: "3",
      customUnit: "hours",
    });
    expect(custom.customMinutesBefore).toBe(180);
  });

  it("sends a WhatsApp target with its language, or none", () => {
    expect(reminderInput(newReminderValues).whatsapp).toBeNull();
    const target = reminderInput({
      ...newReminderValues,
      whatsappType: "group",
      whatsappRecipient: "120363041234567890@g.us",
      whatsappLocale: "en",
    }).whatsapp;
    expect(target).toEqual({ type: "group", recipient: "120363041234567890@g.us", locale: "en" });
  });

  it("needs someone to remind", () => {
    expect(hasAudience(newReminderValues)).toBe(true);
    expect(hasAudience({ ...newReminderValues, toDepartments: false })).toBe(false);
    expect(hasAudience({ ...newReminderValues, toDepartments: false, userIds: ["u"] })).toBe(true);
  });
});
