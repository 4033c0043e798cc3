import { spawn } from "node:child_process";
import path from "node:path";
import { type Database, defaultWaPacing, organisations, waSessions } from "@taqweem/db";
import { and, count, eq, inArray } from "drizzle-orm";

const root = path.join(import.meta.dirname, "..");

/** An organisation with `n` sessions that a simulator worker links by itself (auto-scan). */
export async function createSimulatedSessions(db: Database, n: number, options: { pacing: boolean }) {
  const [org] = await db
    .insert(organisations)
    .values({ slug: `bench-wa-${crypto.randomUUID().slice(0, 8)}`, nameEn: "Bench", nameAr: "قياس" })
    .returning();
  const rows =
    n === 0
      ? []
      : await db
          .insert(waSessions)
          .values(
            Array.from({ length: n }, (_, index) => ({
              orgId: org!.id,
              name: `Bench ${index + 1}`,
              wanted: true,
              pacing: { ...defaultWaPacing, enabled: options.pacing },
            })),
          )
          .returning({ id: waSessions.id });
  return {
    orgId: org!.id,
    sessionIds: rows.map((row) => row.id),
    /** Removes the organisation and its sessions, so the next run's worker does not pick them up. */
    dispose: async () => {
      await db.delete(organisations).where(eq(organisations.id, org!.id));
    },
  };
}

export async function waitUntilConnected(db: Database, sessionIds: string[], timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [row] = await db
      .select({ n: count() })
      .from(waSessions)
      .where(and(inArray(waSessions.id, sessionIds), eq(waSessions.status, "connected")));
    if (row!.n === sessionIds.length) return;
    if (Date.now() > deadline) throw new Error(`only ${row!.n} of ${sessionIds.length} sessions connected`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Simulator settings for benchmarks: links at once, acks and receipts without delay. */
export const benchSimulatorEnv = {
  WA_TRANSPORT: "simulator",
  WA_STATE_KEY: Buffer.alloc(32, 3).toString("base64"),
  WA_SIM_AUTO_SCAN_MS: "0",
  WA_SIM_ACK_MS: "0",
  WA_SIM_DELIVERED_MS: "0",
  WA_SIM_READ_MS: "600000",
  WA_START_STAGGER_MS: "50",
  WA_LEASE_RENEW_MS: "1000",
  WA_POLL_INTERVAL_MS: "500",
  HEARTBEAT_INTERVAL_MS: "1000",
} as const;

/** A wa-worker process on the simulator; stop it with SIGTERM (resolves when it has exited). */
export function spawnBenchWorker(url: string, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "apps/wa-worker/src/main.ts")], {
    cwd: path.join(root, "apps/wa-worker"),
    env: {
      ...process.env,
      ...benchSimulatorEnv,
      DATABASE_URL: url,
      WA_WORKER_PORT: "0",
      LOG_LEVEL: "warn",
      ...env,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return {
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
