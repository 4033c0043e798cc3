import { getDb, waGroups, waSessions } from "@taqweem/db";
import { beforeAll, describe, expect, it } from "vitest";
import ar from "../../apps/web/messages/ar.json" with { type: "json" };
import en from "../../apps/web/messages/en.json" with { type: "json" };
import { addUser, callerFor, createOrg } from "../support/fixtures";
import { insertEvent } from "../support/planning";

type Caller = Awaited<ReturnType<typeof callerFor>>;
let admin: Caller;
let editor: Caller;
let eventId: string;
const departmentNumber = "+971501110001";
let announcementJid: string;

beforeAll(async () => {
  const org = await createOrg("wa-recipients");
  admin = await callerFor(org.admin);
  editor = await callerFor(await addUser(org.admin.orgId, "editor"));
  eventId = (await insertEvent(org.admin.orgId, { startsAt: new Date("2027-05-12T06:00:00Z") })).id;
  await admin.departments.create({
    nameEn: "Logistics",
    nameAr: "اللوجستيات",
    emails: [],
    whatsapp: { type: "contact", recipient: departmentNumber },
  });
  // A group of a linked number, chosen as the Arabic announcement group.
  const [session] = await getDb()
    .insert(waSessions)
    .values({ orgId: org.admin.orgId, name: "Main", status: "connected" })
    .returning();
  announcementJid = `1203630${Date.now()}@g.us`;
  const [group] = await getDb()
    .insert(waGroups)
    .values({ orgId: org.admin.orgId, sessionId: session!.id, jid: announcementJid, name: "Staff news" })
    .returning();
  await admin.whatsapp.groups.setAnnouncementGroup({
    audience: "public",
    language: "ar",
    groupId: group!.id,
  });
});

const reminderTo = (type: "contact" | "group", recipient: string) => ({
  eventId,
  offset: "day_before" as const,
  toDepartments: false,
  whatsapp: { type, recipient, locale: "ar" as const },
});

describe("who may send a reminder to which WhatsApp chat", () => {
  it("refuses an editor a number or group of their own choosing, with a translated reason", async () => {
    await expect(editor.reminders.create(reminderTo("contact", "+971509999999"))).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "errors.waRecipientNotAllowed",
    });
    await expect(editor.reminders.create(reminderTo("group", "120363999999@g.us"))).rejects.toThrow(
      "errors.waRecipientNotAllowed",
    );
    expect(en.errors.waRecipientNotAllowed).toMatch(/administrator/);
    expect(ar.errors.waRecipientNotAllowed).toMatch(/المسؤول/);
    expect(await editor.reminders.forEvent({ eventId })).toHaveLength(0);
  });

  it("lets an editor choose the organisation's known recipients, as typed in any form", async () => {
    // A local UAE number is the department's number once normalised.
    const toDepartment = await editor.reminders.create(reminderTo("contact", "050 111 0001"));
    expect(toDepartment).toMatchObject({ whatsappRecipient: departmentNumber });
    const toGroup = await editor.reminders.create(reminderTo("group", announcementJid));
    expect(toGroup).toMatchObject({ whatsappRecipientType: "group", whatsappRecipient: announcementJid });
    await expect(
      editor.reminders.update({
        id: toGroup.id,
        whatsapp: { type: "contact", recipient: "+971509999999", locale: "en" },
      }),
    ).rejects.toThrow("errors.waRecipientNotAllowed");
    const known = await editor.reminders.whatsappRecipients();
    expect(known.anyRecipient).toBe(false);
    expect(known.recipients.map((entry) => entry.recipient).sort()).toEqual(
      [announcementJid, departmentNumber].sort(),
    );
  });

  it("lets an admin send anywhere, and an editor still edit the rest of the admin's reminder", async () => {
    const reminder = await admin.reminders.create(reminderTo("contact", "+971509999999"));
    expect(reminder).toMatchObject({ whatsappRecipient: "+971509999999" });
    expect((await admin.reminders.whatsappRecipients()).anyRecipient).toBe(true);
    const edited = await editor.reminders.update({
      id: reminder.id,
      offset: "week_before",
      whatsapp: { type: "contact", recipient: "+971509999999", locale: "en" },
    });
    expect(edited).toMatchObject({
      offset: "week_before",
      whatsappRecipient: "+971509999999",
      whatsappLocale: "en",
    });
  });
});
