import { getDb, waitForDatabase, workers } from "@taqweem/db";
import { createBoss, defineQueue, fromDrizzle, sendJob, workQueue } from "@taqweem/jobs";
import { runWorker } from "@taqweem/jobs/runtime";
import { eq, sql } from "drizzle-orm";
import { describe, expect, inject, it } from "vitest";
import { z } from "zod";

const url = inject("databaseUrl");

describe("worker runtime", () => {
  it("registers, serves /health and /metrics, and unregisters when stopped", async () => {
    const worker = await runWorker({ kind: "scraper", version: "1.2.3", port: 0, databaseUrl: url });
    const [row] = await getDb().select().from(workers).where(eq(workers.id, worker.identity.id));
    expect(row).toMatchObject({ kind: "scraper", version: "1.2.3", pid: process.pid });

    const health = await fetch(`http://127.0.0.1:${worker.port}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: "ok", db: "up", workerId: worker.identity.id });
    const metrics = await (await fetch(`http://127.0.0.1:${worker.port}/metrics`)).text();
    expect(metrics).toContain("taqweem_process_resident_memory_bytes");
    expect((await fetch(`http://127.0.0.1:${worker.port}/nope`)).status).toBe(404);

    await worker.stop();
    expect(await getDb().select().from(workers).where(eq(workers.id, worker.identity.id))).toEqual([]);
  });

  it("on stop, finishes the job in flight before it lets go", async () => {
    const queue = defineQueue(`test.slow.${Date.now()}`, z.object({ ms: z.number() }));
    const finished: string[] = [];
    const worker = await runWorker({
      kind: "wa-worker",
      version: "test",
      port: 0,
      databaseUrl: url,
      setup: async (ctx) => {
        await ctx.boss.createQueue(queue.deadLetter);
        await ctx.boss.createQueue(queue.name, { ...queue.options, deadLetter: queue.deadLetter });
        await ctx.work(queue, async ({ ms }, job) => {
          await new Promise((resolve) => setTimeout(resolve, ms));
          finished.push(job.id);
        });
      },
    });
    const producer = createBoss("producer", url);
    await producer.start();
    const jobId = await sendJob(producer, queue, { ms: 1_500 });
    const state = async () => (await producer.findJobs(queue.name, { id: jobId }))[0]?.state;
    await expect.poll(state, { timeout: 5_000 }).toBe("active");
    await worker.stop();
    expect(finished).toEqual([jobId]);
    expect(await state()).toBe("completed");
    await producer.stop({ graceful: false });
  });

  it("waits for the database and gives up with a clear message", async () => {
    const started = Date.now();
    await expect(
      waitForDatabase("postgres://nobody:secret@127.0.0.1:1/none", { timeoutMs: 1_500, intervalMs: 300 }),
    ).rejects.toThrow(
      /Database not reachable at postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none after \d+ attempts/,
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
  });

  it("sends a bad payload to the dead letter queue without retrying, and enqueues only on commit", async () => {
    const queue = defineQueue(`test.echo.${Date.now()}`, z.object({ n: z.number() }), { retryLimit: 3 });
    const boss = createBoss("worker", url);
    await boss.start();
    await boss.createQueue(queue.deadLetter);
    await boss.createQueue(queue.name, { ...queue.options, deadLetter: queue.deadLetter });
    const handled: number[] = [];
    await workQueue(boss, queue, async ({ n }) => {
      handled.push(n);
      return { doubled: n * 2 };
    });

    await expect(sendJob(boss, queue, { n: "x" } as never)).rejects.toThrow();
    await boss.send(queue.name, { n: "not a number" });
    // Rolled back: the job must never exist.
    await getDb()
      .transaction(async (tx) => {
        await sendJob(boss, queue, { n: 1 }, { db: fromDrizzle(tx, sql) });
        throw new Error("rollback");
      })
      .catch(() => {});
    await getDb().transaction(async (tx) => {
      await sendJob(boss, queue, { n: 2 }, { db: fromDrizzle(tx, sql) });
    });

    await expect
      .poll(async () => (await boss.findJobs(queue.deadLetter)).length, { timeout: 10_000 })
      .toBe(1);
    await expect.poll(() => handled, { timeout: 10_000 }).toEqual([2]);
    const [dead] = await boss.findJobs(queue.deadLetter);
    expect(dead!.data).toEqual({ n: "not a number" });
    await boss.stop({ graceful: false });
  });
});
