import { enqueueWhatsApps } from "@taqweem/api";
import { getDb, waMessages } from "@taqweem/db";
import { createBoss } from "@taqweem/jobs";
import type { RunningWorker } from "@taqweem/jobs/runtime";
import { inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { callerFor, createOrg } from "../support/fixtures";
import {
  forgetOtherSessions,
  linkSimulatedSession,
  simulatorMessages,
  startWorker,
  testConfig,
} from "./wa-harness";

const url = inject("databaseUrl");
const boss = createBoss("producer", url);
const workers: RunningWorker[] = [];
beforeAll(async () => {
  await forgetOtherSessions();
  await boss.start();
});
afterAll(async () => {
  await Promise.all(workers.map((worker) => worker.stop()));
  await boss.stop({ graceful: false });
});

describe("a session's backlog", { timeout: 90_000 }, () => {
  it("goes out once each and one at a time, while another session sends side by side", async () => {
    workers.push(await startWorker(url));
    const { org, admin } = await createOrg("wa-order");
    const caller = await callerFor(admin);
    const sessions = [
      await linkSimulatedSession(caller, "First"),
      await linkSimulatedSession(caller, "Second"),
    ];

    // More than one batch of each session's jobs, queued together as an announcement queues them.
    const perSession = 24;
    const ids = await getDb().transaction((tx) =>
      enqueueWhatsApps(
        tx,
        boss,
        Array.from({ length: perSession }, (_, i) =>
          sessions.map((sessionId, s) => ({
            orgId: org.id,
            sessionId,
            recipientType: "contact" as const,
            recipient: `+9715012${String(s)}${String(1000 + i)}`,
            body: `Message ${i + 1}`,
            language: "en" as const,
            purpose: "test" as const,
          })),
        ).flat(),
      ),
    );
    await expect
      .poll(
        async () => {
          const rows = await getDb()
            .select({ status: waMessages.status })
            .from(waMessages)
            .where(inArray(waMessages.id, ids));
          return rows.filter((row) => row.status !== "pending").length;
        },
        { timeout: 60_000 },
      )
      .toBe(ids.length);

    // The simulator acknowledges 20 ms after a send starts: a session sending one message at a time
    // has its messages accepted at least that far apart. (Jobs queued in one transaction tie on
    // their creation time, so pg-boss hands them out in no particular order.)
    const spans: [number, number][] = [];
    for (const sessionId of sessions) {
      const accepted = (await simulatorMessages(sessionId))
        .map((message) => ({ body: message.body, sends: message.sends, at: message.acceptedAt.getTime() }))
        .sort((a, b) => a.at - b.at);
      expect(accepted.map((message) => message.body).sort()).toEqual(
        Array.from({ length: perSession }, (_, i) => `Message ${i + 1}`).sort(),
      );
      expect(accepted.every((message) => message.sends === 1)).toBe(true);
      for (let i = 1; i < accepted.length; i++)
        expect(accepted[i]!.at - accepted[i - 1]!.at).toBeGreaterThanOrEqual(
          testConfig().simulator.ackMs - 1,
        );
      spans.push([accepted[0]!.at, accepted.at(-1)!.at]);
    }
    // Side by side: each session started before the other finished.
    expect(spans[0]![0]).toBeLessThan(spans[1]![1]);
    expect(spans[1]![0]).toBeLessThan(spans[0]![1]);
  });
});
