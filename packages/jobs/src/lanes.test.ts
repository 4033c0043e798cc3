import type { Job, JobResult } from "pg-boss";
import { describe, expect, it } from "vitest";
import { createLanes } from "./lanes";

const job = (id: string, groupId: string | null) => ({ id, groupId }) as Job<unknown>;
const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe("createLanes", () => {
  it("settles a lane's jobs one after another in order, lanes side by side, across batches", async () => {
    const lanes = createLanes();
    const log: string[] = [];
    const running = new Map<string, number>();
    let sideBySide = 0;
    const settle = async (j: Job<unknown>): Promise<JobResult> => {
      const lane = j.groupId ?? j.id;
      running.set(lane, (running.get(lane) ?? 0) + 1);
      expect(running.get(lane)).toBe(1);
      sideBySide = Math.max(sideBySide, [...running.values()].filter((n) => n > 0).length);
      log.push(j.id);
      await tick();
      running.set(lane, running.get(lane)! - 1);
      return { id: j.id, status: "completed" };
    };
    const laneOf = (j: Job<unknown>) => j.groupId;
    const [first, second] = await Promise.all([
      lanes.run([job("a1", "a"), job("b1", "b"), job("a2", "a")], laneOf, settle),
      lanes.run([job("a3", "a"), job("x", null)], laneOf, settle),
    ]);
    expect(first.map((r) => r.id)).toEqual(["a1", "b1", "a2"]);
    expect(second.map((r) => r.id)).toEqual(["a3", "x"]);
    expect(log.filter((id) => id.startsWith("a"))).toEqual(["a1", "a2", "a3"]);
    expect(sideBySide).toBeGreaterThan(1);
  });
});
