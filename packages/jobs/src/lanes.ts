import type { Job, JobResult } from "pg-boss";

/** Per-lane chains of jobs: each lane's jobs settle one after another, across batches too. */
export function createLanes() {
  const tails = new Map<string, Promise<unknown>>();
  return {
    async run(
      jobs: Job<unknown>[],
      laneOf: (job: Job<unknown>) => string | null | undefined,
      settle: (job: Job<unknown>) => Promise<JobResult>,
    ): Promise<JobResult[]> {
      const byLane = new Map<string, Job<unknown>[]>();
      for (const job of jobs) {
        const lane = laneOf(job) ?? `job:${job.id}`;
        const laneJobs = byLane.get(lane) ?? [];
        laneJobs.push(job);
        byLane.set(lane, laneJobs);
      }
      const results = new Map<string, JobResult>();
      const chains = [...byLane].map(([lane, laneJobs]) => {
        // settle() never throws, so a chain only ever resolves.
        const chain = (tails.get(lane) ?? Promise.resolve()).then(async () => {
          for (const job of laneJobs) results.set(job.id, await settle(job));
        });
        tails.set(lane, chain);
        void chain.then(() => {
          if (tails.get(lane) === chain) tails.delete(lane);
        });
        return chain;
      });
      await Promise.all(chains);
      return jobs.map((job) => results.get(job.id)!);
    },
  };
}
