import { contacts, getDb, waInboundMessages, waMessages } from "@taqweem/db";
import type { RunningWorker } from "@taqweem/jobs/runtime";
import { and, eq } from "drizzle-orm";
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

type Caller = Awaited<ReturnType<typeof callerFor>>;

const newContact = (phone: string, language: "en" | "ar") => ({
  nameEn: language === "en" ? "Reply tester" : "",
  nameAr: language === "ar" ? "مختبر الردود" : "",
  honorific: "",
  organisation: "",
  position: "",
  phone,
  email: "",
  language,
  tags: [],
  notes: "",
  consent: "opted_in" as const,
});

const consentOf = async (id: string) =>
  (await getDb().select({ consent: contacts.consent }).from(contacts).where(eq(contacts.id, id)))[0]?.consent;

/** The confirmation replies queued for a contact, oldest first, with what the simulated server got. */
async function confirmations(sessionId: string, contactId: string) {
  const rows = await getDb()
    .select()
    .from(waMessages)
    .where(and(eq(waMessages.entityId, contactId), eq(waMessages.purpose, "consent")))
    .orderBy(waMessages.createdAt);
  const received = await simulatorMessages(sessionId);
  return rows.map((row) => ({
    language: row.language,
    body: row.body,
    status: row.status,
    delivered: received.some((message) => message.body === row.body && message.recipient === row.recipient),
  }));
}

async function reply(caller: Caller, sessionId: string, from: string, text: string, lidPhone?: string) {
  await caller.whatsapp.sessions.simulateInbound({ sessionId, from, text, lidPhone });
}

describe("opting out by WhatsApp reply", () => {
  let caller: Caller;
  let sessionId: string;

  // Linking polls with expect, which only runs inside a test: the first test links for all.
  const linked = async () => {
    if (sessionId) return;
    caller = await callerFor((await createOrg("optout")).admin);
    sessionId = await linkSimulatedSession(caller);
  };

  it("STOP opts the contact out at once with a confirmation in their language; START opts back in", async () => {
    await linked();
    const { id } = await caller.contacts.create(newContact("0501110001", "en"));
    await reply(caller, sessionId, "+971501110001", "  Stop! ");
    await expect.poll(() => consentOf(id), { timeout: 10_000 }).toBe("opted_out");
    await expect
      .poll(() => confirmations(sessionId, id), { timeout: 10_000 })
      .toEqual([
        expect.objectContaining({
          language: "en",
          delivered: true,
          body: expect.stringMatching(/unsubscribed/),
        }),
      ]);

    await reply(caller, sessionId, "+971501110001", "START");
    await expect.poll(() => consentOf(id), { timeout: 10_000 }).toBe("opted_in");
    const detail = await caller.contacts.get({ id });
    expect(detail.consentHistory.map((event) => [event.consent, event.source, event.userName])).toEqual([
      ["opted_in", "whatsapp_reply", null],
      ["opted_out", "whatsapp_reply", null],
      ["opted_in", "manual", "admin user"],
    ]);
    expect(detail.inbound.map((message) => message.body)).toEqual(["START", "Stop!"]);
  });

  it("understands an Arabic stop word written without its hamza or with diacritics, and answers in Arabic", async () => {
    await linked();
    const { id } = await caller.contacts.create(newContact("0501110002", "ar"));
    await reply(caller, sessionId, "+971501110002", "ايقَاف");
    await expect.poll(() => consentOf(id), { timeout: 10_000 }).toBe("opted_out");
    await expect
      .poll(() => confirmations(sessionId, id), { timeout: 10_000 })
      .toEqual([
        expect.objectContaining({
          language: "ar",
          delivered: true,
          body: expect.stringMatching(/إلغاء اشتراكك/),
        }),
      ]);
    // Any other message is stored and shown, and changes nothing.
    await reply(caller, sessionId, "+971501110002", "شكراً");
    await expect
      .poll(async () => (await caller.contacts.get({ id })).inbound.length, { timeout: 10_000 })
      .toBe(2);
    expect(await consentOf(id)).toBe("opted_out");
  });

  it("resolves a reply from a linked id (LID) through the session's mapping, also when the mapping comes later", async () => {
    await linked();
    const { id } = await caller.contacts.create(newContact("0501110003", "en"));
    await reply(caller, sessionId, "111222333444555@lid", "stop", "+971501110003");
    await expect.poll(() => consentOf(id), { timeout: 10_000 }).toBe("opted_out");
    const [stored] = await getDb()
      .select()
      .from(waInboundMessages)
      .where(eq(waInboundMessages.contactId, id));
    expect(stored).toMatchObject({ sender: "111222333444555@lid", phone: "+971501110003" });

    // A reply from a linked id nobody has mapped yet waits, and takes effect once WhatsApp maps it.
    const { id: later } = await caller.contacts.create(newContact("0501110004", "en"));
    await reply(caller, sessionId, "999888777666555@lid", "STOP");
    await expect
      .poll(
        async () =>
          (
            await getDb()
              .select()
              .from(waInboundMessages)
              .where(eq(waInboundMessages.sender, "999888777666555@lid"))
          ).length,
        { timeout: 10_000 },
      )
      .toBe(1);
    expect(await consentOf(later)).toBe("opted_in");
    await reply(caller, sessionId, "999888777666555@lid", "thanks", "+971501110004");
    await expect.poll(() => consentOf(later), { timeout: 10_000 }).toBe("opted_out");
    await expect.poll(() => confirmations(sessionId, later), { timeout: 10_000 }).toHaveLength(1);
  });
});
