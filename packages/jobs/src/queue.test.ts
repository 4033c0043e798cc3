import { describe, expect, it } from "vitest";
import { z } from "zod";
import { allQueues, pingQueues } from "./catalogue";
import { defineQueue } from "./queue";

describe("queue catalogue", () => {
  it("gives every queue a dead letter queue, retries with backoff and NOTIFY on create", () => {
    const queue = defineQueue("demo.thing", z.object({ id: z.string() }));
    expect(queue.deadLetter).toBe("demo.thing.dead");
    expect(queue.options).toMatchObject({ retryBackoff: true, notify: true });
    expect(queue.options.retryLimit).toBeGreaterThan(0);
  });

  it("lets a queue override the defaults", () => {
    expect(pingQueues.scraper.options).toMatchObject({ retryLimit: 0, notify: true, expireInSeconds: 30 });
  });

  it("has unique names that pg-boss accepts", () => {
    const names = allQueues.flatMap((queue) => [queue.name, queue.deadLetter]);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[\w.\-/]+$/);
  });
});
