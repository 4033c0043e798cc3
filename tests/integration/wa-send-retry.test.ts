import { getDb, waMessages } from "@taqweem/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { callerFor, createOrg } from "../support/fixtures";
import {
  exited,
  forgetOtherSessions,
  killAll,
  linkSimulatedSession,
  type SpawnedWorker,
  sessionRow,
  simulatorMessages,
  spawnWorker,
} from "./wa-harness";

const url = inject("databaseUrl");
const running: SpawnedWorker[] = [];

beforeAll(forgetOtherSessions);
afterAll(() => killAll(running));

// Spawns real worker processes: starting them takes seconds on a loaded machine.
describe("a send retried after a crash", { timeout: 120_000 }, () => {
  it("shows the recipient one message: the retry resends the same message id", async () => {
    const { admin } = await createOrg("wa-retry");
    const caller = await callerFor(admin);
    // This worker dies right after the (simulated) server has the message, before any ack.
    const crashing = await spawnWorker(url, { WA_SIM_FAULT: "exit_after_send" });
    running.push(crashing);
    const sessionId = await linkSimulatedSession(caller);
    // Slow receipts on the survivor, so the retried job (not a replayed receipt) settles the message.
    running.push(await spawnWorker(url, { WA_SIM_DELIVERED_MS: "60000", WA_SIM_READ_MS: "60000" }));

    const { messageId } = await caller.whatsapp.messages.testSend({
      sessionId,
      recipientType: "contact",
      phone: "+971501234999",
      body: "Exactly once",
      language: "en",
    });
    expect(await exited(crashing.child)).toEqual({ code: null, signal: "SIGKILL" });
    const [afterCrash] = await getDb().select().from(waMessages).where(eq(waMessages.id, messageId));
    expect(afterCrash).toMatchObject({ status: "pending", attempts: 1 });

    await expect
      .poll(
        async () => (await getDb().select().from(waMessages).where(eq(waMessages.id, messageId)))[0]?.status,
        {
          timeout: 45_000,
        },
      )
      .toBe("sent");
    const [row] = await getDb().select().from(waMessages).where(eq(waMessages.id, messageId));
    expect(row!.attempts).toBe(2);
    // Both attempts reached the server with the same message id: one message for the recipient.
    expect(await simulatorMessages(sessionId)).toMatchObject([
      { messageId: row!.providerMessageId, body: "Exactly once", sends: 2 },
    ]);
    expect((await sessionRow(sessionId))!.leaseOwner).not.toBe(crashing.workerId);
  });
});
