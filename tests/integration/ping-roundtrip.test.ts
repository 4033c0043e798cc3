import { createConnection, workerKinds } from "@taqweem/db";
import { type AppEvent, subscribeEvents } from "@taqweem/jobs";
import { type RunningWorker, runWorker } from "@taqweem/jobs/runtime";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { callerFor, createOrg } from "../support/fixtures";

const url = inject("databaseUrl");
const listener = createConnection(url, { max: 1 });
let workers: RunningWorker[] = [];

beforeAll(async () => {
  workers = await Promise.all(
    workerKinds.map((kind) =>
      runWorker({ kind, version: "test", port: 0, databaseUrl: url, heartbeatMs: 500 }),
    ),
  );
});
afterAll(async () => {
  await Promise.all(workers.map((worker) => worker.stop()));
  await listener.sql.end();
});

function collect(predicate: (event: AppEvent) => boolean, count: number, timeoutMs = 10_000) {
  const seen: AppEvent[] = [];
  let unlisten: () => Promise<void> = async () => {};
  const done = new Promise<AppEvent[]>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`saw ${seen.length} of ${count} events`)), timeoutMs);
    subscribeEvents(listener.sql, (event) => {
      if (!predicate(event)) return;
      seen.push(event);
      if (seen.length === count) {
        clearTimeout(timer);
        resolve(seen);
      }
    }).then((subscription) => {
      unlisten = subscription.unlisten;
    });
  });
  return { done: done.finally(() => unlisten()), ready: new Promise((resolve) => setTimeout(resolve, 200)) };
}

describe("web → worker → web through real pg-boss", () => {
  it("every worker kind answers a ping from the System page's procedure, in well under a second", async () => {
    const { admin } = await createOrg();
    const caller = await callerFor(admin);
    const replies = collect((event) => event.type === "ping.reply" && event.userId === admin.userId, 3);
    await replies.ready;
    const started = Date.now();
    const ping = await caller.system.ping();
    const events = (await replies.done) as Extract<AppEvent, { type: "ping.reply" }>[];
    expect(events.map((event) => event.kind).sort()).toEqual([...workerKinds].sort());
    expect(new Set(events.map((event) => event.pingId))).toEqual(new Set([ping.pingId]));
    expect(events.every((event) => event.orgId === admin.orgId)).toBe(true);
    // With LISTEN/NOTIFY an idle worker picks the job up at once, not after a 2 s poll.
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it("lists each running worker as online, with heartbeats pushed as events", async () => {
    const { admin } = await createOrg();
    const beats = collect((event) => event.type === "worker.heartbeat", 3);
    await beats.ready;
    await beats.done;
    const overview = await (await callerFor(admin)).system.overview();
    for (const worker of workers) {
      const row = overview.workers.find((candidate) => candidate.id === worker.identity.id);
      expect(row).toMatchObject({ kind: worker.identity.kind, online: true, version: "test" });
    }
    expect(overview.queues.map((queue) => queue.name)).toEqual(
      expect.arrayContaining(workerKinds.map((kind) => `system.ping.${kind}`)),
    );
  });
});
