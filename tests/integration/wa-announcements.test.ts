import { getDb, waMessages } from "@taqweem/db";
import type { RunningWorker } from "@taqweem/jobs/runtime";
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { callerFor, createOrg } from "../support/fixtures";
import { forgetOtherSessions, linkSimulatedSession, simulatorMessages, startWorker } from "./wa-harness";

const url = inject("databaseUrl");
let worker: RunningWorker;
beforeAll(async () => {
  await forgetOtherSessions();
  worker = await startWorker(url);
});
afterAll(() => worker.stop());

const announcements = (eventId: string) =>
  getDb()
    .select()
    .from(waMessages)
    .where(and(eq(waMessages.entity, "event"), eq(waMessages.entityId, eventId)))
    // One change's messages share their transaction's time: English first (the enum's order).
    .orderBy(asc(waMessages.createdAt), asc(waMessages.language));

describe("event announcements on WhatsApp", () => {
  it("announces publishing, moving and cancelling a published event to the chosen groups, from editable templates", async () => {
    const { admin } = await createOrg("wa-announce");
    const caller = await callerFor(admin);
    const sessionId = await linkSimulatedSession(caller);
    const { groups } = await caller.whatsapp.groups.list({ sessionId });
    expect(groups.length).toBeGreaterThanOrEqual(2);
    const [bilingual, arabicOnly] = groups;
    // One group for both languages: one message, English then Arabic.
    await caller.whatsapp.groups.setAnnouncementGroup({
      audience: "internal",
      language: "en",
      groupId: bilingual!.id,
    });
    await caller.whatsapp.groups.setAnnouncementGroup({
      audience: "internal",
      language: "ar",
      groupId: bilingual!.id,
    });
    const { announcement } = await caller.whatsapp.groups.list();
    expect(announcement).toEqual({
      internal: { en: bilingual!.id, ar: bilingual!.id },
      public: { en: null, ar: null },
    });

    const template = await caller.whatsapp.templates.create({
      key: "event.published",
      bodyEn: "New: {{title}} on {{date}} at {{time}}\n📍 {{location}}",
      bodyAr: "جديد: {{title}} في {{date}} الساعة {{time}}\n📍 {{location}}",
    });
    await expect(
      caller.whatsapp.templates.update({ id: template.id, bodyEn: "{{nope}}", bodyAr: "{{title}}" }),
    ).rejects.toThrow("errors.waTemplateVariable");

    const event = await caller.events.create({
      titleEn: "Open day",
      titleAr: "اليوم المفتوح",
      startsAt: new Date("2027-03-10T06:00:00Z"),
      endsAt: new Date("2027-03-10T09:00:00Z"),
    });
    expect(await announcements(event.id)).toHaveLength(0);

    const published = await caller.events.publish({ id: event.id, version: event.version });
    const first = await announcements(event.id);
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({
      recipientType: "group",
      recipient: bilingual!.jid,
      template: "event.published",
      purpose: "announcement",
      body: "New: Open day on Wednesday, 10 March 2027 at 10:00\n\nجديد: اليوم المفتوح في الأربعاء، 10 مارس 2027 الساعة 10:00 ص",
    });
    // The preview renders the same wording.
    const preview = await caller.whatsapp.templates.preview({
      key: template.key,
      bodyEn: template.bodyEn,
      bodyAr: template.bodyAr,
      eventId: event.id,
    });
    expect(preview.en).toBe("New: Open day on Wednesday, 10 March 2027 at 10:00");

    const moved = await caller.events.update({
      id: event.id,
      version: published.version,
      startsAt: new Date("2027-03-11T06:00:00Z"),
      endsAt: new Date("2027-03-11T09:00:00Z"),
    });
    // Separate groups per language: each gets its own language.
    await caller.whatsapp.groups.setAnnouncementGroup({
      audience: "internal",
      language: "ar",
      groupId: arabicOnly!.id,
    });
    await caller.events.cancel({ id: event.id, version: moved.version });
    const all = await announcements(event.id);
    expect(all.map((message) => [message.template, message.recipient, message.language])).toEqual([
      ["event.published", bilingual!.jid, "en"],
      ["event.moved", bilingual!.jid, "en"],
      ["event.cancelled", bilingual!.jid, "en"],
      ["event.cancelled", arabicOnly!.jid, "ar"],
    ]);
    expect(all[1]!.body).toContain("was Wednesday, 10 March 2027, 10:00");
    expect(all[2]!.body).toBe("❌ Cancelled: Open day\n🗓 was on Thursday, 11 March 2027, 10:00");
    expect(all[3]!.body).toMatch(/^❌ تم إلغاء: اليوم المفتوح/);

    await expect
      .poll(async () => (await announcements(event.id)).map((message) => message.status), { timeout: 20_000 })
      .toEqual(["read", "read", "read", "read"]);
    expect(await simulatorMessages(sessionId)).toHaveLength(4);
  });

  it("announces internal events to staff groups only, public events to staff and public groups", async () => {
    const { admin } = await createOrg("wa-audience");
    const caller = await callerFor(admin);
    const sessionId = await linkSimulatedSession(caller);
    const { groups } = await caller.whatsapp.groups.list({ sessionId });
    const [staff, publicGroup] = groups;
    for (const language of ["en", "ar"] as const) {
      await caller.whatsapp.groups.setAnnouncementGroup({
        audience: "internal",
        language,
        groupId: staff!.id,
      });
      await caller.whatsapp.groups.setAnnouncementGroup({
        audience: "public",
        language,
        groupId: publicGroup!.id,
      });
    }
    expect((await caller.whatsapp.groups.list()).announcement).toEqual({
      internal: { en: staff!.id, ar: staff!.id },
      public: { en: publicGroup!.id, ar: publicGroup!.id },
    });
    const at = { startsAt: new Date("2027-04-14T06:00:00Z"), endsAt: new Date("2027-04-14T08:00:00Z") };
    const publish = async (visibility: "internal" | "public", titleEn: string) => {
      const event = await caller.events.create({ titleEn, titleAr: titleEn, visibility, ...at });
      await caller.events.publish({ id: event.id, version: event.version });
      return (await announcements(event.id)).map((message) => message.recipient);
    };
    expect(await publish("internal", "Staff briefing")).toEqual([staff!.jid]);
    expect((await publish("public", "Open day")).sort()).toEqual([staff!.jid, publicGroup!.jid].sort());

    // Clearing the public choice leaves only the staff groups.
    for (const language of ["en", "ar"] as const)
      await caller.whatsapp.groups.setAnnouncementGroup({ audience: "public", language, groupId: null });
    expect(await publish("public", "Open day 2")).toEqual([staff!.jid]);
  });
});
