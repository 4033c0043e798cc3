import { z } from "zod";
import { defineQueue, type QueueDefinition } from "../queue";

/** Carries only the outbox id: the row in email_outbox is the message. */
export const emailSendPayload = z.object({ emailId: z.uuid() });

export const emailSendQueue = defineQueue("email.send", emailSendPayload, {
  retryLimit: 8,
  retryDelay: 10,
  retryBackoff: true,
  retryDelayMax: 30 * 60,
  expireInSeconds: 5 * 60,
  // Plain polling (every 2 s), not NOTIFY: NOTIFYs from one transaction collapse into one, and with
  // NOTIFY on pg-boss polls a backlog only every 30 s. Seconds of latency do not matter for e-mail.
  notify: false,
});

export const emailQueues: QueueDefinition[] = [emailSendQueue];
