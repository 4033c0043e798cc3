import { createConnection, workers } from "@taqweem/db";
import { eq } from "drizzle-orm";
import { type BenchResult, result } from "./lib/report";
import { createSimulatedSessions, spawnBenchWorker, waitUntilConnected } from "./wa-fixtures";

const SETTLE_MS = 5_000;

/** RSS (from the worker's own heartbeat metrics) of a wa-worker process running `sessions` simulated sessions. */
async function workerRss(url: string, sessions: number): Promise<number> {
  const { db, sql } = createConnection(url, { max: 2 });
  const worker = spawnBenchWorker(url);
  const fixture = await createSimulatedSessions(db, sessions, { pacing: true });
  try {
    await waitUntilConnected(db, fixture.sessionIds);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const [row] = await db
      .select({ metrics: workers.metrics })
      .from(workers)
      .where(eq(workers.pid, worker.pid));
    if (!row?.metrics.rssBytes) throw new Error("the worker reported no RSS");
    return row.metrics.rssBytes / (1024 * 1024);
  } finally {
    await worker.stop();
    await fixture.dispose();
    await sql.end();
  }
}

/** A fresh worker process per size, so one run's heap does not count in the next. */
export async function benchWorkerMemory(url: string): Promise<BenchResult[]> {
  const idle = await workerRss(url, 0);
  const one = await workerRss(url, 1);
  const twenty = await workerRss(url, 20);
  const entry = (name: string, value: number, baseline: number, n: number, notes: string) =>
    result({ name, unit: "MiB", value, baseline, ratio: value / baseline, p50: null, p95: null, n, notes });
  return [
    entry(
      "wa-worker RSS, 1 simulated session",
      one,
      idle,
      1,
      `baseline: the same worker with no session (${idle.toFixed(1)} MiB)`,
    ),
    entry(
      "wa-worker RSS, 20 simulated sessions",
      twenty,
      one,
      20,
      `baseline: 1 session; about ${((twenty - one) / 19).toFixed(2)} MiB per extra session, read ${SETTLE_MS / 1000} s after all connected`,
    ),
  ];
}
