import { enqueueWhatsApps } from "@taqweem/api";
import { createConnection, waMessages } from "@taqweem/db";
import { createBoss } from "@taqweem/jobs";
import { and, count, eq, inArray } from "drizzle-orm";
import { startRoundTripCounter } from "./lib/pg-round-trips";
import { startRawBoss } from "./lib/raw-boss";
import { type BenchResult, result } from "./lib/report";
import { createSimulatedSessions, spawnBenchWorker, waitUntilConnected } from "./wa-fixtures";
import { benchWorkerMemory } from "./wa-memory";

interface Load {
  sessions: number;
  perSession: number;
}
const ONE_SESSION: Load = { sessions: 1, perSession: 300 };
const MANY_SESSIONS: Load = { sessions: 20, perSession: 50 };
const total = (load: Load) => load.sessions * load.perSession;

/**
 * Product path: message rows and `wa.send` jobs committed at once (in two statements, as an
 * announcement queues them), then one worker sends them
 * (each session one at a time, pacing off) and the simulator's delivery receipts land in the
 * rows. With `countRoundTrips` the worker talks to Postgres through a counting proxy (which adds
 * latency of its own, so the rate comes from a run without it).
 */
async function productRun(url: string, load: Load, options: { countRoundTrips: boolean }) {
  const { db, sql: client } = createConnection(url, { max: 4 });
  const boss = createBoss("producer", url);
  boss.on("error", (error) => console.error("pg-boss:", error.message));
  await boss.start();
  const counter = options.countRoundTrips ? await startRoundTripCounter(url) : null;
  const worker = spawnBenchWorker(counter?.url ?? url);
  const fixture = await createSimulatedSessions(db, load.sessions, { pacing: false });
  try {
    await waitUntilConnected(db, fixture.sessionIds);
    const before = counter?.roundTrips ?? 0;
    const started = performance.now();
    const ids = await db.transaction((tx) =>
      enqueueWhatsApps(
        tx,
        boss,
        fixture.sessionIds.flatMap((sessionId, s) =>
          Array.from({ length: load.perSession }, (_, i) => ({
            orgId: fixture.orgId,
            sessionId,
            recipientType: "contact" as const,
            recipient: `+97150${String(1_000_000 + s * 1000 + i)}`,
            body: `Benchmark message ${s}/${i}`,
            language: "en" as const,
            purpose: "test" as const,
          })),
        ),
      ),
    );
    for (;;) {
      const [row] = await db
        .select({ n: count() })
        .from(waMessages)
        .where(and(inArray(waMessages.id, ids), eq(waMessages.status, "delivered")));
      if (row!.n === ids.length) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const seconds = (performance.now() - started) / 1000;
    return {
      perSecond: ids.length / seconds,
      roundTrips: ((counter?.roundTrips ?? 0) - before) / ids.length,
    };
  } finally {
    await worker.stop();
    await counter?.close();
    await fixture.dispose();
    await boss.stop({ graceful: false });
    await client.end();
  }
}

/** Baseline: bare pg-boss with LISTEN/NOTIFY consuming the same number of no-op jobs, in the worker's batches of 10. */
async function rawJobsPerSecond(url: string, jobs: number): Promise<number> {
  const { boss, queue } = await startRawBoss(url, "bench.wa.raw");
  try {
    let done = 0;
    let finish = () => {};
    const finished = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const started = performance.now();
    await boss.insert(
      queue,
      Array.from({ length: jobs }, (_, i) => ({ data: { i } })),
    );
    await boss.work(queue, { batchSize: 10, burstWhenBatchFull: true }, async (batch) => {
      done += batch.length;
      if (done === jobs) finish();
    });
    await finished;
    return jobs / ((performance.now() - started) / 1000);
  } finally {
    await boss.stop({ graceful: false });
  }
}

async function throughput(url: string, load: Load, name: string, shape: string): Promise<BenchResult> {
  const { roundTrips } = await productRun(url, load, { countRoundTrips: true });
  // The faster of two runs: the first in a process also pays for warming up.
  const raw = Math.max(await rawJobsPerSecond(url, total(load)), await rawJobsPerSecond(url, total(load)));
  const product = await productRun(url, load, { countRoundTrips: false });
  return result({
    name,
    unit: "msg/s",
    value: product.perSecond,
    baseline: raw,
    ratio: product.perSecond / raw,
    p50: null,
    p95: null,
    n: total(load),
    notes: `${shape}; ${roundTrips.toFixed(1)} database round trips per message (all of the worker's queries: sends, receipts, pg-boss, heartbeats); baseline: raw pg-boss consuming ${total(load)} no-op jobs in batches of 10, the faster of two runs (${raw.toFixed(0)} jobs/s)`,
  });
}

export async function benchWhatsApp(url: string): Promise<BenchResult[]> {
  return [
    await throughput(
      url,
      ONE_SESSION,
      "WhatsApp send throughput, one session (job → delivered, simulator, pacing off)",
      `one session sends ${ONE_SESSION.perSession} messages one at a time`,
    ),
    await throughput(
      url,
      MANY_SESSIONS,
      "WhatsApp send throughput, 20 sessions (job → delivered, simulator, pacing off)",
      `${MANY_SESSIONS.sessions} sessions send ${MANY_SESSIONS.perSession} messages each, every session one at a time, side by side`,
    ),
    ...(await benchWorkerMemory(url)),
  ];
}

/** `npx tsx bench/wa-throughput.ts`: the throughput entries alone, printed. */
if (import.meta.main) {
  const { migrateDatabase } = await import("@taqweem/db");
  const { createScratchDatabase } = await import("@taqweem/db/scratch");
  const { installQueues } = await import("@taqweem/jobs");
  process.env.LOG_LEVEL ??= "warn";
  const scratch = await createScratchDatabase("bench-wa");
  try {
    await migrateDatabase(scratch.url);
    await installQueues(scratch.url);
    for (const load of [ONE_SESSION, MANY_SESSIONS])
      console.log(JSON.stringify(await throughput(scratch.url, load, `${load.sessions} session(s)`, "")));
  } finally {
    await scratch.dispose();
  }
}
