import { type WorkerKind, workerKinds } from "@taqweem/db";
import { z } from "zod";
import { defineQueue, type QueueDefinition } from "../queue";

export const pingPayload = z.object({
  pingId: z.uuid(),
  requestedBy: z.uuid(),
  orgId: z.uuid(),
  sentAt: z.iso.datetime(),
});
export type PingPayload = z.infer<typeof pingPayload>;

/** One ping queue per worker kind, so "Ping workers" reaches every kind. */
export const pingQueues = Object.fromEntries(
  workerKinds.map((kind) => [
    kind,
    // A ping is only worth answering while someone waits for it.
    defineQueue(`system.ping.${kind}`, pingPayload, {
      retryLimit: 0,
      expireInSeconds: 30,
      retentionSeconds: 60,
    }),
  ]),
) as Record<WorkerKind, QueueDefinition<typeof pingPayload>>;

export const systemQueues: QueueDefinition[] = Object.values(pingQueues);
