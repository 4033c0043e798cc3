import type { Queue } from "pg-boss";
import type { z } from "zod";

export type QueueOptions = Omit<Queue, "name" | "deadLetter">;

export interface QueueDefinition<Schema extends z.ZodType = z.ZodType> {
  name: string;
  payload: Schema;
  options: QueueOptions;
  /** Name of the dead letter queue jobs land in once their retries are spent. */
  deadLetter: string;
}

export type PayloadOf<Q extends QueueDefinition> = z.infer<Q["payload"]>;

const defaults: QueueOptions = {
  retryLimit: 5,
  retryDelay: 2,
  retryBackoff: true,
  retryDelayMax: 300,
  expireInSeconds: 15 * 60,
  notify: true,
};

export function defineQueue<Schema extends z.ZodType>(
  name: string,
  payload: Schema,
  options: QueueOptions = {},
): QueueDefinition<Schema> {
  return { name, payload, options: { ...defaults, ...options }, deadLetter: `${name}.dead` };
}
