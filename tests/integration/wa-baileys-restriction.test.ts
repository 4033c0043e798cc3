import { getDb, waMessages, waSessions } from "@taqweem/db";
import { createBoss } from "@taqweem/jobs";
import { DisconnectReason, proto } from "@whiskeysockets/baileys";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { createAckWatch } from "../../apps/wa-worker/src/sending/ack";
import { batchReceipts } from "../../apps/wa-worker/src/sending/receipt-batcher";
import { createSessionSendingEvents } from "../../apps/wa-worker/src/sending/session-events";
import { SessionRuntime } from "../../apps/wa-worker/src/sessions/runtime";
import { createSessionStore } from "../../apps/wa-worker/src/sessions/store";
import { createBaileysTransport } from "../../apps/wa-worker/src/transport/baileys/transport";
import { type FakeSocket, fakeSocket, memoryAuth, silentLogger } from "../../apps/wa-worker/test/fakes";
import { createOrg } from "../support/fixtures";

const url = inject("databaseUrl");
const boss = createBoss("producer", url);
beforeAll(() => boss.start());
afterAll(() => boss.stop({ graceful: false }));

describe("a Baileys error ack 463 (restricted account)", () => {
  it("pauses the session's sending and keeps the message queued", async () => {
    const db = getDb();
    const { org } = await createOrg("wa-463");
    const workerId = crypto.randomUUID();
    const [session] = await db
      .insert(waSessions)
      .values({
        orgId: org.id,
        name: "Real number",
        transport: "baileys",
        wanted: true,
        leaseOwner: workerId,
        leaseExpiresAt: sql`now() + interval '1 minute'`,
      })
      .returning();
    const [message] = await db
      .insert(waMessages)
      .values({
        orgId: org.id,
        sessionId: session!.id,
        recipientType: "contact",
        recipient: "+971501234567",
        body: "Hello",
        purpose: "test",
        status: "sent",
        attempts: 1,
        providerMessageId: "3EB0AAAAAAAAAAAAAAAAAA",
      })
      .returning();

    const sockets: FakeSocket[] = [];
    const store = createSessionStore(db, workerId);
    const runtime = new SessionRuntime({
      session: session!,
      transport: createBaileysTransport({
        logger: silentLogger,
        makeSocket: () => {
          sockets.push(fakeSocket());
          return sockets.at(-1)!.socket;
        },
      }),
      store,
      openAuth: async () => memoryAuth(),
      qrImage: async (qr) => qr,
      saveGroups: async () => {},
      sending: createSessionSendingEvents(
        {
          db,
          boss,
          store,
          log: silentLogger,
          acks: createAckWatch(() => {}),
          receipts: batchReceipts(db, silentLogger),
          waitRecheckMs: 60_000,
        },
        session!.id,
      ),
      sentMessage: async () => null,
      settings: {
        reconnectBaseMs: 10,
        reconnectMaxMs: 10,
        reconnectMaxAttempts: 1,
        groupSyncMinIntervalMs: 0,
      },
      log: silentLogger,
      onStopped: () => {},
    });
    await runtime.start();
    sockets[0]!.emit("messages.update", [
      {
        key: { remoteJid: "971501234567@s.whatsapp.net", fromMe: true, id: "3EB0AAAAAAAAAAAAAAAAAA" },
        update: { status: proto.WebMessageInfo.Status.ERROR, messageStubParameters: ["463"] },
      },
    ]);

    await vi.waitFor(async () => {
      const [row] = await db.select().from(waSessions).where(eq(waSessions.id, session!.id));
      expect(row).toMatchObject({ sendingPausedReason: "restricted_463", sendingResumeAt: null });
      expect(row!.sendingPausedAt).not.toBeNull();
    });
    const [held] = await db.select().from(waMessages).where(eq(waMessages.id, message!.id));
    expect(held).toMatchObject({ status: "pending", error: "restricted_463", sentAt: null });
    // Queued again, to be looked at after the recheck interval (60 s here).
    await vi.waitFor(async () => {
      const jobs = await boss.findJobs("wa.send", { data: { messageId: message!.id } });
      expect(jobs).toHaveLength(1);
      expect(jobs[0]!.startAfter.getTime()).toBeGreaterThan(Date.now() + 30_000);
    });

    sockets[0]!.emit("connection.update", {
      connection: "close",
      lastDisconnect: {
        error: Object.assign(new Error("x"), { output: { statusCode: DisconnectReason.forbidden } }),
        date: new Date(),
      },
    });
    await vi.waitFor(async () =>
      expect((await db.select().from(waSessions).where(eq(waSessions.id, session!.id)))[0]!.status).toBe(
        "banned",
      ),
    );
  });
});
