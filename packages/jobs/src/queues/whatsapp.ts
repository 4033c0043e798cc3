import { z } from "zod";
import { defineQueue, type QueueDefinition } from "../queue";

/** Carries only the message id: the row in wa_messages is the message. */
export const waSendPayload = z.object({ messageId: z.uuid() });

export const waSendQueue = defineQueue("wa.send", waSendPayload, {
  retryLimit: 8,
  retryDelay: 5,
  retryBackoff: true,
  retryDelayMax: 15 * 60,
  // A send waits for pacing, presence and the server ack.
  expireInSeconds: 10 * 60,
});

export const whatsappQueues: QueueDefinition[] = [waSendQueue];
