import { createConnection, waMessages } from "@taqweem/db";
import { createBoss, fromDrizzle, sendJob, waSendQueue } from "@taqweem/jobs";
import { and, count, eq, inArray, sql } from "drizzle-orm";
import { PgBoss } from "pg-boss";
import { type BenchResult, result } from "./lib/report";
import { createSimulatedSessions, spawnBenchWorker, waitUntilConnected } from "./wa-fixtures";
import { benchWorkerMemory } from "./wa-memory";

const MESSAGES = 300;

/**
 * Product path: message rows and `wa.send` jobs committed at once, then the worker sends each
 * (one session, one at a time, pacing off) and the simulator's delivery receipt lands in the row.
 */
async function productMessagesPerSecond(url: string): Promise<number> {
  const { db, sql: client } = createConnection(url, { max: 4 });
  const boss = createBoss("producer", url);
  boss.on("error", (error) => console.error("pg-boss:", error.message));
  await boss.start();
  const worker = spawnBenchWorker(url);
  const fixture = await createSimulatedSessions(db, 1, { pacing: false });
  try {
    await waitUntilConnected(db, fixture.sessionIds);
    const sessionId = fixture.sessionIds[0]!;
    const started = performance.now();
    const ids = await db.transaction(async (tx) => {
      const rows = await tx
        .insert(waMessages)
        .values(
          Array.from({ length: MESSAGES }, (_, i) => ({
            orgId: fixture.orgId,
            sessionId,
            recipientType: "contact" as const,
            recipient: `+9715010${String(10000 + i)}`,
            body: `Benchmark message ${i}`,
            purpose: "test",
          })),
        )
        .returning({ id: waMessages.id });
      for (const row of rows)
        await sendJob(boss, waSendQueue, { messageId: row.id }, { db: fromDrizzle(tx, sql) });
      return rows.map((row) => row.id);
    });
    for (;;) {
      const [row] = await db
        .select({ n: count() })
        .from(waMessages)
        .where(and(inArray(waMessages.id, ids), eq(waMessages.status, "delivered")));
      if (row!.n === MESSAGES) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return MESSAGES / ((performance.now() - started) / 1000);
  } finally {
    await worker.stop();
    await fixture.dispose();
    await boss.stop({ graceful: false });
    await client.end();
  }
}

/** Baseline: bare pg-boss with LISTEN/NOTIFY consuming the same number of no-op jobs, in the worker's batches of 10. */
async function rawJobsPerSecond(url: string): Promise<number> {
  const boss = new PgBoss({
    connectionString: url,
    useListenNotify: true,
    supervise: false,
    schedule: false,
  });
  await boss.start();
  const queue = `bench.wa.raw.${Date.now()}`;
  await boss.createQueue(queue, { notify: true });
  try {
    let done = 0;
    let finish = () => {};
    const finished = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const started = performance.now();
    await boss.insert(
      queue,
      Array.from({ length: MESSAGES }, (_, i) => ({ data: { i } })),
    );
    await boss.work(queue, { batchSize: 10, burstWhenBatchFull: true }, async (jobs) => {
      done += jobs.length;
      if (done === MESSAGES) finish();
    });
    await finished;
    return MESSAGES / ((performance.now() - started) / 1000);
  } finally {
    await boss.stop({ graceful: false });
  }
}

export async function benchWhatsApp(url: string): Promise<BenchResult[]> {
  const raw = await rawJobsPerSecond(url);
  const product = await productMessagesPerSecond(url);
  return [
    result({
      name: "WhatsApp send throughput (job → delivered, simulator, pacing off)",
      unit: "msg/s",
      value: product,
      baseline: raw,
      ratio: product / raw,
      p50: null,
      p95: null,
      n: MESSAGES,
      notes: `one session sends one at a time (row check, attempt record, ack, sent and delivered writes + NOTIFY); baseline: raw pg-boss consuming ${MESSAGES} no-op jobs in batches of 10 (${raw.toFixed(0)} jobs/s)`,
    }),
    ...(await benchWorkerMemory(url)),
  ];
}
