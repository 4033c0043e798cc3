import { createConnection } from "@taqweem/db";
import { createBoss, pingQueues, sendJob, subscribeEvents } from "@taqweem/jobs";
import { runWorker } from "@taqweem/jobs/runtime";
import { startRawBoss } from "./lib/raw-boss";
import { type BenchResult, result, summarise } from "./lib/report";

const PINGS = 200;

/** Product path: producer → ping queue → wa-worker handler → NOTIFY back to a web-side listener. */
async function productRoundTrips(url: string): Promise<number[]> {
  const worker = await runWorker({ kind: "wa-worker", version: "bench", port: 0, databaseUrl: url });
  const producer = createBoss("producer", url);
  await producer.start();
  const listener = createConnection(url, { max: 1 });
  const waiting = new Map<string, () => void>();
  const subscription = await subscribeEvents(listener.sql, (event) => {
    if (event.type === "ping.reply") waiting.get(event.pingId)?.();
  });
  const orgId = crypto.randomUUID();
  const samples: number[] = [];
  try {
    for (let i = 0; i < PINGS; i += 1) {
      const pingId = crypto.randomUUID();
      const started = performance.now();
      const answered = new Promise<void>((resolve) => waiting.set(pingId, resolve));
      await sendJob(producer, pingQueues["wa-worker"], {
        pingId,
        orgId,
        requestedBy: orgId,
        sentAt: new Date().toISOString(),
      });
      await answered;
      samples.push(performance.now() - started);
      waiting.delete(pingId);
    }
  } finally {
    await subscription.unlisten();
    await listener.sql.end();
    await producer.stop({ graceful: false });
    await worker.stop();
  }
  return samples;
}

/** Baseline: bare pg-boss with LISTEN/NOTIFY, send → work handler in the same process. */
async function rawSendToWork(url: string): Promise<number[]> {
  const { boss, queue } = await startRawBoss(url, "bench.raw");
  const waiting = new Map<string, () => void>();
  await boss.work<{ key: string }>(queue, async ([job]) => {
    waiting.get(job!.data.key)?.();
  });
  const samples: number[] = [];
  try {
    for (let i = 0; i < PINGS; i += 1) {
      const key = crypto.randomUUID();
      const started = performance.now();
      const handled = new Promise<void>((resolve) => waiting.set(key, resolve));
      await boss.send(queue, { key });
      await handled;
      samples.push(performance.now() - started);
      waiting.delete(key);
    }
  } finally {
    await boss.stop({ graceful: false });
  }
  return samples;
}

export async function benchQueueRoundTrip(url: string): Promise<BenchResult[]> {
  const raw = summarise(await rawSendToWork(url));
  const product = summarise(await productRoundTrips(url));
  return [
    result({
      name: "queue round trip (ping: web → worker → NOTIFY → web), p50",
      unit: "ms",
      value: product.p50,
      baseline: raw.p50,
      ratio: product.p50 / raw.p50,
      p50: product.p50,
      p95: product.p95,
      n: product.n,
      notes: `baseline: raw pg-boss send→work p50 ${raw.p50.toFixed(2)} ms, p95 ${raw.p95.toFixed(2)} ms`,
    }),
    result({
      name: "queue round trip p95",
      unit: "ms",
      value: product.p95,
      baseline: raw.p95,
      ratio: product.p95 / raw.p95,
      p50: product.p50,
      p95: product.p95,
      n: product.n,
      notes: "same run as above, raw pg-boss p95 as baseline",
    }),
  ];
}
