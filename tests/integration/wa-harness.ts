import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { defaultWaPacing, getDb, waAuthState, waSessions, waSimulatorMessages, workers } from "@taqweem/db";
import { type RunningWorker, runWorker } from "@taqweem/jobs/runtime";
import { eq } from "drizzle-orm";
import { expect } from "vitest";
import { type WaConfig, waConfigSchema, waDbPoolSize } from "../../apps/wa-worker/src/config";
import { waWorkerSetup } from "../../apps/wa-worker/src/worker";
import type { callerFor } from "../support/fixtures";

const root = path.resolve(import.meta.dirname, "../..");

/** Short leases and fast simulator receipts, so takeovers and deliveries happen within seconds. */
export const fastSettings = {
  WA_TRANSPORT: "simulator",
  WA_STATE_KEY: Buffer.alloc(32, 7).toString("base64"),
  WA_LEASE_TTL_MS: "3000",
  WA_LEASE_RENEW_MS: "500",
  WA_START_STAGGER_MS: "100",
  WA_WAIT_RECHECK_MS: "1000",
  WA_POLL_INTERVAL_MS: "500",
  WA_ACK_TIMEOUT_MS: "5000",
  WA_SIM_ACK_MS: "20",
  WA_SIM_DELIVERED_MS: "200",
  WA_SIM_READ_MS: "500",
  WA_SIM_QR_TTL_MS: "5000",
  WA_SIM_QR_COUNT: "50",
  HEARTBEAT_INTERVAL_MS: "500",
} as const;

export function testConfig(overrides: Partial<WaConfig> = {}): WaConfig {
  const base = waConfigSchema.parse({
    transport: "simulator",
    stateKey: fastSettings.WA_STATE_KEY,
    production: false,
    dataDir: path.join(root, ".data/test-wa"),
    leaseTtlMs: 3000,
    leaseRenewMs: 500,
    startStaggerMs: 100,
    waitRecheckMs: 1000,
    pollIntervalMs: 500,
    ackTimeoutMs: 5000,
    simulator: { ackMs: 20, deliveredMs: 200, readMs: 500, qrTtlMs: 5000, qrCount: 50 },
  });
  return { ...base, ...overrides };
}

/** A wa-worker in this process (simulator transport). */
export function startWorker(url: string, config: WaConfig = testConfig()): Promise<RunningWorker> {
  return runWorker({
    kind: "wa-worker",
    version: "test",
    port: 0,
    databaseUrl: url,
    heartbeatMs: 500,
    dbPoolSize: waDbPoolSize(config),
    setup: waWorkerSetup(config),
  });
}

/**
 * A wa-worker as its own process, as in production. Node runs it with tsx as a loader (not the tsx
 * CLI, which would put a second process in between), so the child's pid is the worker's.
 */
export async function spawnWorker(url: string, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "apps/wa-worker/src/main.ts")], {
    cwd: path.join(root, "apps/wa-worker"),
    env: {
      ...process.env,
      ...fastSettings,
      DATABASE_URL: url,
      WA_WORKER_PORT: "0",
      LOG_LEVEL: "warn",
      ...env,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 20_000;
  for (;;) {
    const [worker] = await getDb().select().from(workers).where(eq(workers.pid, child.pid!));
    if (worker) return { child, workerId: worker.id };
    if (Date.now() > deadline || child.exitCode !== null)
      throw new Error("the wa-worker process did not start");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
export type SpawnedWorker = Awaited<ReturnType<typeof spawnWorker>>;

export function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
}

/** Sessions other test files left wanted would be claimed too; only this file's sessions should run. */
export async function forgetOtherSessions() {
  await getDb().update(waSessions).set({ wanted: false });
}

export async function sessionRow(sessionId: string) {
  const [row] = await getDb().select().from(waSessions).where(eq(waSessions.id, sessionId));
  return row;
}

export const sessionStatus = async (sessionId: string) => (await sessionRow(sessionId))?.status;

export async function authRows(sessionId: string) {
  return getDb().select().from(waAuthState).where(eq(waAuthState.sessionId, sessionId));
}

/** What the simulated WhatsApp server received for a session. */
export async function simulatorMessages(sessionId: string) {
  return getDb().select().from(waSimulatorMessages).where(eq(waSimulatorMessages.sessionId, sessionId));
}

type Caller = Awaited<ReturnType<typeof callerFor>>;

/** Creates a session and links it through the simulator ("scan" the QR), with pacing off; groups synced. */
export async function linkSimulatedSession(caller: Caller, name = "Main number") {
  const session = await caller.whatsapp.sessions.create({ name });
  await caller.whatsapp.sessions.updatePacing({
    sessionId: session.id,
    pacing: { ...defaultWaPacing, enabled: false },
  });
  await caller.whatsapp.sessions.link({ sessionId: session.id, method: "qr" });
  await expect.poll(() => sessionStatus(session.id), { timeout: 15_000 }).toBe("qr_required");
  await caller.whatsapp.sessions.simulate({ sessionId: session.id, action: "scan" });
  await expect.poll(() => sessionStatus(session.id), { timeout: 15_000 }).toBe("connected");
  // Groups are synced right after the first connection.
  await expect
    .poll(async () => (await sessionRow(session.id))?.groupsSyncedAt, { timeout: 10_000 })
    .not.toBeNull();
  return session.id;
}

/** Kills every spawned worker still running and waits until all have exited. */
export async function killAll(workers: SpawnedWorker[]) {
  for (const { child } of workers)
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await Promise.all(workers.map(({ child }) => exited(child)));
}
