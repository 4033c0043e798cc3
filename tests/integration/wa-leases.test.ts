import { getDb, waMessages } from "@taqweem/db";
import { eq, inArray } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, inject, it } from "vitest";
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
let running: SpawnedWorker[] = [];

beforeAll(forgetOtherSessions);
afterEach(async () => {
  await killAll(running);
  running = [];
});

async function start(env: Record<string, string> = {}) {
  const worker = await spawnWorker(url, env);
  running.push(worker);
  return worker;
}

type Caller = Awaited<ReturnType<typeof callerFor>>;
async function queueMessages(caller: Caller, sessionId: string, count: number) {
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const { messageId } = await caller.whatsapp.messages.testSend({
      sessionId,
      recipientType: "contact",
      phone: `+97150000${String(1000 + i)}`,
      body: `Message ${i}`,
      language: "en",
    });
    ids.push(messageId);
  }
  return ids;
}

const statuses = async (ids: string[]) =>
  (
    await getDb().select({ status: waMessages.status }).from(waMessages).where(inArray(waMessages.id, ids))
  ).map((row) => row.status);

// Spawns real worker processes: starting them takes seconds on a loaded machine.
describe("WhatsApp session leases across worker processes", { timeout: 120_000 }, () => {
  it("a killed worker's session is taken over after its lease expires, and queued messages go out once", async () => {
    const { admin } = await createOrg("wa-lease");
    const caller = await callerFor(admin);
    const first = await start();
    const sessionId = await linkSimulatedSession(caller);
    expect((await sessionRow(sessionId))!.leaseOwner).toBe(first.workerId);
    const second = await start();

    const before = await sessionRow(sessionId);
    first.child.kill("SIGKILL");
    await exited(first.child);
    const killedAt = Date.now();
    const ids = await queueMessages(caller, sessionId, 3);

    await expect
      .poll(async () => (await sessionRow(sessionId))?.leaseOwner, { timeout: 30_000, interval: 50 })
      .toBe(second.workerId);
    const takenOverAt = Date.now();
    // Never before the dead worker's lease ran out: two sockets never share the credentials.
    expect(takenOverAt).toBeGreaterThanOrEqual(before!.leaseExpiresAt!.getTime() - 50);
    // ...and within the lease time (3 s here) plus one renewal tick.
    expect(takenOverAt - killedAt).toBeLessThan(3_000 + 2_000);

    await expect.poll(() => statuses(ids), { timeout: 45_000 }).toEqual(["read", "read", "read"]);
    const received = await simulatorMessages(sessionId);
    expect(received).toHaveLength(3);
    expect(received.every((message) => message.sends === 1)).toBe(true);
  });

  it("on SIGTERM a worker closes its sockets and hands the session over at once, not at lease expiry", async () => {
    // A long lease: a handoff that waited for its expiry would take a minute, past the polls below.
    const env = { WA_LEASE_TTL_MS: "60000" };
    const { admin } = await createOrg("wa-lease");
    const caller = await callerFor(admin);
    const first = await start(env);
    const sessionId = await linkSimulatedSession(caller);
    const second = await start(env);
    const held = (await sessionRow(sessionId))!;
    expect(held.leaseOwner).toBe(first.workerId);

    first.child.kill("SIGTERM");
    expect(await exited(first.child)).toEqual({ code: 0, signal: null });
    const released = await sessionRow(sessionId);
    expect(released?.leaseOwner === null || released?.leaseOwner === second.workerId).toBe(true);

    const ids = await queueMessages(caller, sessionId, 2);
    await expect
      .poll(async () => (await sessionRow(sessionId))?.leaseOwner, { timeout: 30_000 })
      .toBe(second.workerId);
    await expect
      .poll(async () => (await sessionRow(sessionId))?.status, { timeout: 30_000 })
      .toBe("connected");
    // Taken over while the first worker's lease still ran: it was handed over, not left to expire.
    expect(Date.now()).toBeLessThan(held.leaseExpiresAt!.getTime());
    await expect.poll(() => statuses(ids), { timeout: 45_000 }).toEqual(["read", "read"]);
    expect((await simulatorMessages(sessionId)).map((message) => message.sends)).toEqual([1, 1]);
    const [row] = await getDb().select().from(waMessages).where(eq(waMessages.id, ids[0]!));
    expect(row!.attempts).toBe(1);
  });
});
