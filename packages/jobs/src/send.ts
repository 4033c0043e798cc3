import type { ConnectionOptions, JobInsert, PgBoss, SendOptions } from "pg-boss";
import type { PayloadOf, QueueDefinition } from "./queue";

/**
 * Validates the payload against the queue's schema, then sends it; throws on a bad payload.
 * Pass `db: fromDrizzle(tx, sql)` to enqueue inside a transaction.
 */
export async function sendJob<Q extends QueueDefinition>(
  boss: PgBoss,
  queue: Q,
  payload: PayloadOf<Q>,
  options: SendOptions = {},
): Promise<string> {
  const data = queue.payload.parse(payload) as object;
  const id = await boss.send(queue.name, data, options);
  if (!id) throw new Error(`pg-boss refused a job for ${queue.name} (singleton or throttle policy)`);
  return id;
}

/**
 * Validates every payload, then inserts all the jobs in one statement (the queue's settings apply
 * as with `sendJob`), each with its own options such as its group. Pass `db: fromDrizzle(tx, sql)`
 * to enqueue inside a transaction.
 */
export async function sendJobs<Q extends QueueDefinition>(
  boss: PgBoss,
  queue: Q,
  jobs: { payload: PayloadOf<Q>; options?: Omit<JobInsert, "data"> }[],
  connection: ConnectionOptions = {},
): Promise<void> {
  if (jobs.length === 0) return;
  const rows = jobs.map((job) => ({ ...job.options, data: queue.payload.parse(job.payload) as object }));
  await boss.insert(queue.name, rows, connection);
}
