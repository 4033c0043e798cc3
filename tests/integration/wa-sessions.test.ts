import { createConnection, getDb, waGroups, waMessages } from "@taqweem/db";
import { type AppEvent, subscribeEvents } from "@taqweem/jobs";
import type { RunningWorker } from "@taqweem/jobs/runtime";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { callerFor, createOrg } from "../support/fixtures";
import {
  authRows,
  linkSimulatedSession,
  sessionRow,
  sessionStatus,
  simulatorMessages,
  startWorker,
} from "./wa-harness";

const url = inject("databaseUrl");
const listener = createConnection(url, { max: 1 });
const seen: AppEvent[] = [];
let worker: RunningWorker;
let unlisten: () => Promise<void>;

beforeAll(async () => {
  worker = await startWorker(url);
  ({ unlisten } = await subscribeEvents(listener.sql, (event) => seen.push(event)));
});
afterAll(async () => {
  await worker.stop();
  await unlisten();
  await listener.sql.end();
});

const messageStatus = async (id: string) =>
  (await getDb().select().from(waMessages).where(eq(waMessages.id, id)))[0]?.status;

describe("WhatsApp sessions on the simulator", () => {
  it("links by QR pushed live, syncs groups, sends with receipts, and logs out wiping credentials", async () => {
    const { admin } = await createOrg("wa");
    const caller = await callerFor(admin);
    const session = await caller.whatsapp.sessions.create({ name: "Front desk" });
    expect(session).toMatchObject({ status: "disconnected", transport: null, wanted: false });

    await caller.whatsapp.sessions.link({ sessionId: session.id, method: "qr" });
    await expect.poll(() => sessionStatus(session.id), { timeout: 10_000 }).toBe("qr_required");
    const qrEvent = seen.find(
      (event) =>
        event.type === "wa.session" && event.sessionId === session.id && event.status === "qr_required",
    );
    expect(qrEvent).toMatchObject({
      transport: "simulator",
      qr: expect.stringMatching(/^data:image\/png;base64,/),
    });
    const withQr = await sessionRow(session.id);
    expect(withQr!.qrExpiresAt!.getTime()).toBeGreaterThan(Date.now());

    await caller.whatsapp.sessions.simulate({ sessionId: session.id, action: "scan" });
    await expect.poll(() => sessionStatus(session.id), { timeout: 10_000 }).toBe("connected");
    const linked = await sessionRow(session.id);
    expect(linked).toMatchObject({
      phone: expect.stringMatching(/^\+9715\d{8}$/),
      qr: null,
      lastError: null,
    });
    expect(await authRows(session.id)).not.toHaveLength(0);
    // Credentials are sealed at rest: nothing readable in the stored value.
    for (const row of await authRows(session.id)) expect(row.value).not.toContain("noiseKey");

    await expect
      .poll(async () => (await caller.whatsapp.groups.list({ sessionId: session.id })).groups.length, {
        timeout: 10_000,
      })
      .toBe(4);

    const [views] = await caller.whatsapp.sessions.list();
    expect(views).toMatchObject({ id: session.id, status: "connected", workerHost: expect.any(String) });

    const { messageId } = await caller.whatsapp.messages.testSend({
      sessionId: session.id,
      recipientType: "contact",
      phone: "050 123 4567",
      body: "Hello from the test",
      language: "en",
    });
    // Pacing is on by default: the first message goes out at once.
    await expect.poll(() => messageStatus(messageId), { timeout: 15_000 }).toBe("read");
    const statuses = seen
      .filter((event) => event.type === "wa.message" && event.messageId === messageId)
      .map((event) => (event as Extract<AppEvent, { type: "wa.message" }>).status);
    expect(statuses).toEqual(["sent", "delivered", "read"]);
    expect(await simulatorMessages(session.id)).toMatchObject([
      { recipient: "+971501234567", body: "Hello from the test", sends: 1 },
    ]);

    await caller.whatsapp.sessions.logout({ sessionId: session.id });
    await expect.poll(() => sessionStatus(session.id), { timeout: 10_000 }).toBe("logged_out");
    expect(await authRows(session.id)).toHaveLength(0);
    expect(await sessionRow(session.id)).toMatchObject({ wanted: false, leaseOwner: null });
  });

  it("links with a pairing code for a phone number", async () => {
    const { admin } = await createOrg("wa");
    const caller = await callerFor(admin);
    const session = await caller.whatsapp.sessions.create({ name: "Pairing" });
    await expect(
      caller.whatsapp.sessions.link({ sessionId: session.id, method: "pairing", phone: "123456" }),
    ).rejects.toThrow("errors.waInvalidPhone");
    await caller.whatsapp.sessions.link({ sessionId: session.id, method: "pairing", phone: "052 765 4321" });
    await expect.poll(() => sessionStatus(session.id), { timeout: 10_000 }).toBe("pairing");
    expect((await sessionRow(session.id))!.pairingCode).toMatch(/^[0-9A-Z]{8}$/);
    await caller.whatsapp.sessions.simulate({ sessionId: session.id, action: "scan" });
    await expect.poll(() => sessionStatus(session.id), { timeout: 10_000 }).toBe("connected");
    expect((await sessionRow(session.id))!.phone).toBe("+971527654321");
  });

  it("fails an invalid number at once, pauses on 463 without losing the message, and resumes", async () => {
    const { admin } = await createOrg("wa");
    const caller = await callerFor(admin);
    const sessionId = await linkSimulatedSession(caller);
    await expect(
      caller.whatsapp.messages.testSend({
        sessionId,
        recipientType: "contact",
        phone: "123456",
        body: "x",
        language: "en",
      }),
    ).rejects.toThrow("errors.waInvalidPhone");

    await caller.whatsapp.sessions.simulate({ sessionId, action: "restrict" });
    // Give the worker time to apply the control before the send.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const { messageId } = await caller.whatsapp.messages.testSend({
      sessionId,
      recipientType: "contact",
      phone: "+971501112222",
      body: "Blocked at first",
      language: "en",
    });
    await expect
      .poll(async () => (await sessionRow(sessionId))?.sendingPausedReason, { timeout: 10_000 })
      .toBe("restricted_463");
    const [held] = await getDb().select().from(waMessages).where(eq(waMessages.id, messageId));
    expect(held).toMatchObject({ status: "pending", error: "restricted_463" });
    // Paused: it stays queued.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(await messageStatus(messageId)).toBe("pending");

    await caller.whatsapp.sessions.resumeSending({ sessionId });
    await expect.poll(() => messageStatus(messageId), { timeout: 15_000 }).toBe("read");
  });

  it("reconnects after a dropped connection and stops on a ban", async () => {
    const { admin } = await createOrg("wa");
    const caller = await callerFor(admin);
    const sessionId = await linkSimulatedSession(caller);
    await caller.whatsapp.sessions.simulate({ sessionId, action: "drop" });
    await expect
      .poll(
        () =>
          seen.some(
            (e) => e.type === "wa.session" && e.sessionId === sessionId && e.lastError === "connection_lost",
          ),
        {
          timeout: 10_000,
        },
      )
      .toBe(true);
    await expect.poll(() => sessionStatus(sessionId), { timeout: 15_000 }).toBe("connected");

    await caller.whatsapp.sessions.simulate({ sessionId, action: "ban" });
    await expect.poll(() => sessionStatus(sessionId), { timeout: 10_000 }).toBe("banned");
    expect(await sessionRow(sessionId)).toMatchObject({
      lastError: "forbidden",
      wanted: false,
      leaseOwner: null,
    });
  });

  it("deletes a session with its groups", async () => {
    const { admin } = await createOrg("wa");
    const caller = await callerFor(admin);
    const unlinked = await caller.whatsapp.sessions.create({ name: "Never linked" });
    expect(await caller.whatsapp.sessions.delete({ sessionId: unlinked.id })).toEqual({
      deleted: true,
      queued: false,
    });

    const sessionId = await linkSimulatedSession(caller);
    await expect
      .poll(
        async () => (await getDb().select().from(waGroups).where(eq(waGroups.sessionId, sessionId))).length,
      )
      .toBe(4);
    expect(await caller.whatsapp.sessions.delete({ sessionId })).toEqual({ deleted: false, queued: true });
    await expect.poll(() => sessionRow(sessionId), { timeout: 10_000 }).toBeUndefined();
    expect(seen.some((e) => e.type === "wa.session.removed" && e.sessionId === sessionId)).toBe(true);
  });
});
