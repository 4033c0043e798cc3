import type { Job, JobResult, PgBoss, WorkOptions } from "pg-boss";
import { createLanes } from "./lanes";
import type { PayloadOf, QueueDefinition } from "./queue";

export type JobHandler<Q extends QueueDefinition, Result> = (
  payload: PayloadOf<Q>,
  job: Job<unknown>,
) => Promise<Result>;

export interface WorkHooks {
  /** Runs the jobs of a fetched batch at once instead of one after another. */
  parallel?: boolean;
  /**
   * Jobs of the same lane (e.g. their pg-boss group) run one after another in the order fetched,
   * lanes side by side; a lane's jobs in a later batch of this subscription wait for those before
   * them. Jobs without a lane run on their own, side by side.
   */
  laneOf?: (job: Job<unknown>) => string | null | undefined;
  onError?: (queue: string, jobId: string, error: unknown) => void;
  onDone?: (queue: string, jobId: string, ms: number, status: JobResult["status"]) => void;
}

/**
 * Subscribes to a queue with payload validation: a payload that does not match the schema goes
 * straight to the dead letter queue (retrying it cannot help); a handler error is retried.
 */
export function workQueue<Q extends QueueDefinition, Result>(
  boss: PgBoss,
  queue: Q,
  handler: JobHandler<Q, Result>,
  options: Omit<WorkOptions, "perJobResults" | "transactional"> & WorkHooks = {},
): Promise<string> {
  const { onError, onDone, parallel, laneOf, ...workOptions } = options;
  const lanes = createLanes();
  return boss.work<unknown>(queue.name, { ...workOptions, perJobResults: true }, async (jobs) => {
    const settle = async (job: Job<unknown>): Promise<JobResult> => {
      const started = performance.now();
      const parsed = queue.payload.safeParse(job.data);
      let result: JobResult;
      if (!parsed.success) {
        onError?.(queue.name, job.id, parsed.error);
        result = {
          id: job.id,
          status: "deadletter",
          output: { error: "invalid_payload", issues: parsed.error.issues },
        };
      } else {
        try {
          const output = await handler(parsed.data as PayloadOf<Q>, job);
          result = { id: job.id, status: "completed", output: output ?? undefined };
        } catch (error) {
          onError?.(queue.name, job.id, error);
          result = {
            id: job.id,
            status: "failed",
            output: { error: error instanceof Error ? error.message : String(error) },
          };
        }
      }
      onDone?.(queue.name, job.id, performance.now() - started, result.status);
      return result;
    };
    if (laneOf) return lanes.run(jobs, laneOf, settle);
    if (parallel) return Promise.all(jobs.map(settle));
    const results: JobResult[] = [];
    for (const job of jobs) results.push(await settle(job));
    return results;
  });
}
