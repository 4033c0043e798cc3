import { departments, eventReminders, getDb, organisations, waSessions } from "@taqweem/db";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { callerFor, createOrg } from "../support/fixtures";
import { insertEvent } from "../support/planning";

/** An organisation in `country`, with its admin's caller. */
async function orgIn(country: string | null) {
  const { admin } = await createOrg("country");
  if (country) await getDb().update(organisations).set({ country }).where(eq(organisations.id, admin.orgId));
  return { orgId: admin.orgId, caller: await callerFor(admin) };
}

const department = { nameEn: "Logistics", nameAr: "اللوجستيات", emails: [] };

describe("phone numbers are read in the organisation's country", () => {
  it("defaults to the UAE and stores a local number as E.164", async () => {
    const { orgId, caller } = await orgIn(null);
    const [org] = await getDb().select().from(organisations).where(eq(organisations.id, orgId));
    expect(org!.country).toBe("AE");
    const created = await caller.departments.create({
      ...department,
      whatsapp: { type: "contact", recipient: "050 123 4567" },
    });
    expect(created.whatsappRecipient).toBe("+971501234567");
  });

  it("reads department and reminder numbers in another country, and refuses a number not valid there", async () => {
    const { orgId, caller } = await orgIn("GB");
    const created = await caller.departments.create({
      ...department,
      whatsapp: { type: "contact", recipient: "07911 123456" },
    });
    expect(created.whatsappRecipient).toBe("+447911123456");
    await expect(
      caller.departments.update({ id: created.id, whatsapp: { type: "contact", recipient: "050 123 4567" } }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "errors.invalidInput" });
    const [kept] = await getDb().select().from(departments).where(eq(departments.id, created.id));
    expect(kept!.whatsappRecipient).toBe("+447911123456");

    const event = await insertEvent(orgId, { startsAt: new Date("2027-05-12T06:00:00Z") });
    const reminder = await caller.reminders.create({
      eventId: event.id,
      offset: "day_before",
      toDepartments: false,
      whatsapp: { type: "contact", recipient: "07911 123456", locale: "en" },
    });
    const [stored] = await getDb().select().from(eventReminders).where(eq(eventReminders.id, reminder.id));
    expect(stored!.whatsappRecipient).toBe("+447911123456");
  });

  it("reads a test message's number in the organisation's country", async () => {
    const { orgId, caller } = await orgIn("GB");
    const [session] = await getDb()
      .insert(waSessions)
      .values({ orgId, name: "Main", status: "connected" })
      .returning();
    const sent = await caller.whatsapp.messages.testSend({
      sessionId: session!.id,
      recipientType: "contact",
      phone: "07911 123456",
      body: "Hello",
      language: "en",
    });
    expect(sent.recipient).toBe("+447911123456");
    await expect(
      caller.whatsapp.messages.testSend({
        sessionId: session!.id,
        recipientType: "contact",
        phone: "050 123 4567",
        body: "Hello",
        language: "en",
      }),
    ).rejects.toThrow("errors.waInvalidPhone");
  });
});
