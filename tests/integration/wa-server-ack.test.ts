import { getDb, waMessages } from "@taqweem/db";
import type { RunningWorker } from "@taqweem/jobs/runtime";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { recentSentMessage } from "../../apps/wa-worker/src/sending/sent-message";
import ar from "../../apps/web/messages/ar.json" with { type: "json" };
import en from "../../apps/web/messages/en.json" with { type: "json" };
import { callerFor, createOrg } from "../support/fixtures";
import {
  forgetOtherSessions,
  linkSimulatedSession,
  simulatorMessages,
  startWorker,
  testConfig,
} from "./wa-harness";

const url = inject("databaseUrl");
const workers: RunningWorker[] = [];
beforeAll(forgetOtherSessions);
afterAll(() => Promise.all(workers.map((worker) => worker.stop())));

const messageRow = async (id: string) =>
  (await getDb().select().from(waMessages).where(eq(waMessages.id, id)))[0]!;

async function sendTest(caller: Awaited<ReturnType<typeof callerFor>>, sessionId: string, body: string) {
  const { messageId } = await caller.whatsapp.messages.testSend({
    sessionId,
    recipientType: "contact",
    phone: "+971501234888",
    body,
    language: "en",
  });
  return messageId;
}

describe("WhatsApp's server acknowledgement", { timeout: 60_000 }, () => {
  it("sends an unacknowledged message once more with the same id, then shows it failed with the reason", async () => {
    const base = testConfig();
    workers.push(
      await startWorker(
        url,
        testConfig({ ackTimeoutMs: 1_000, simulator: { ...base.simulator, fault: "no_ack" } }),
      ),
    );
    const { admin } = await createOrg("wa-no-ack");
    const caller = await callerFor(admin);
    const sessionId = await linkSimulatedSession(caller);
    const messageId = await sendTest(caller, sessionId, "Anyone there?");

    // Out, unacknowledged, sent once more: pending with the reason, then failed.
    await expect
      .poll(async () => (await messageRow(messageId)).error, { timeout: 10_000 })
      .toBe("no_server_ack");
    await expect.poll(async () => (await messageRow(messageId)).status, { timeout: 10_000 }).toBe("failed");
    const row = await messageRow(messageId);
    expect(row).toMatchObject({ attempts: 2, error: "no_server_ack", sentAt: null });
    expect(await simulatorMessages(sessionId)).toMatchObject([
      { messageId: row.providerMessageId, body: "Anyone there?", sends: 2 },
    ]);
    expect(en.whatsapp.messageErrors.no_server_ack).toMatch(/never confirmed/);
    expect(ar.whatsapp.messageErrors.no_server_ack).toMatch(/خادم واتساب/);
    await workers.pop()!.stop();
  });

  it("keeps an acknowledged message at one attempt, and offers only recent messages to a recipient's retry request", async () => {
    workers.push(await startWorker(url));
    const { admin } = await createOrg("wa-ack");
    const caller = await callerFor(admin);
    const sessionId = await linkSimulatedSession(caller);
    const messageId = await sendTest(caller, sessionId, "Hello again");
    await expect.poll(async () => (await messageRow(messageId)).status, { timeout: 10_000 }).toBe("read");
    const row = await messageRow(messageId);
    expect(row).toMatchObject({ attempts: 1, error: null });

    const day = 86_400_000;
    expect(await recentSentMessage(getDb(), sessionId, row.providerMessageId!, day)).toEqual({
      text: "Hello again",
    });
    // Another session's id, or a message older than the bound: nothing to send again.
    expect(await recentSentMessage(getDb(), crypto.randomUUID(), row.providerMessageId!, day)).toBeNull();
    await getDb()
      .update(waMessages)
      .set({ sentAt: new Date(row.sentAt!.getTime() - 2 * day) })
      .where(eq(waMessages.id, messageId));
    expect(await recentSentMessage(getDb(), sessionId, row.providerMessageId!, day)).toBeNull();
  });
});
