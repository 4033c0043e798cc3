import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { createConnection } from "@taqweem/db";
import { freePort } from "@taqweem/db/scratch";
import { type BenchResult, result, summarise } from "./lib/report";

const CONCURRENCY = 8;
const DURATION_MS = 5_000;
const webDir = path.join(import.meta.dirname, "../apps/web");

/** Runs `task` from CONCURRENCY loops for DURATION_MS; returns requests per second and latencies. */
async function hammer(task: () => Promise<void>) {
  const latencies: number[] = [];
  const deadline = performance.now() + DURATION_MS;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        await task();
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return { rps: latencies.length / ((performance.now() - started) / 1000), ...summarise(latencies) };
}

async function startWeb(url: string, port: number) {
  if (!existsSync(path.join(webDir, ".next/BUILD_ID")))
    throw new Error("build the web app first: npm run build");
  const child = spawn(path.join(webDir, "../../node_modules/.bin/next"), ["start", "-p", String(port)], {
    cwd: webDir,
    env: { ...process.env, DATABASE_URL: url, AUTH_SECRET: "bench-only-secret", NODE_ENV: "production" },
    stdio: "ignore",
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (
      await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return child;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  child.kill("SIGTERM");
  throw new Error("next start did not answer /api/health within 60 s");
}

export async function benchHealthThroughput(url: string): Promise<BenchResult[]> {
  const port = await freePort();
  const web = await startWeb(url, port);
  const { sql } = createConnection(url, { max: CONCURRENCY });
  try {
    const endpoint = `http://127.0.0.1:${port}/api/health`;
    for (let i = 0; i < 50; i += 1) await (await fetch(endpoint)).arrayBuffer(); // warm-up
    const route = await hammer(async () => {
      const response = await fetch(endpoint);
      if (!response.ok) throw new Error(`health answered ${response.status}`);
      await response.arrayBuffer();
    });
    // Baseline: the same two queries the route runs, straight over one postgres-js pool.
    const raw = await hammer(async () => {
      await sql`select 1`;
      await sql`select kind, host, last_seen_at from workers`;
    });
    return [
      result({
        name: "GET /api/health throughput",
        unit: "req/s",
        value: route.rps,
        baseline: raw.rps,
        ratio: route.rps / raw.rps,
        p50: route.p50,
        p95: route.p95,
        n: route.n,
        notes: `${CONCURRENCY} concurrent clients for ${DURATION_MS / 1000} s against next start; baseline: the route's SQL on a raw pool (p50 ${raw.p50.toFixed(2)} ms)`,
      }),
    ];
  } finally {
    web.kill("SIGTERM");
    await sql.end();
  }
}
