import type { PgBoss, SendOptions } from "pg-boss";
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
