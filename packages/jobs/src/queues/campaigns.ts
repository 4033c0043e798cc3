import { z } from "zod";
import { defineQueue, type QueueDefinition } from "../queue";

/**
 * Starts a scheduled campaign at its time. Carries the time it was planned for: the handler
 * re-reads the campaign, so a job left behind by a new schedule, a cancel or an early start does
 * nothing, and one that runs late (the system was down) asks staff to confirm instead of sending.
 */
export const campaignStartPayload = z.object({ campaignId: z.uuid(), scheduledAt: z.iso.datetime() });

export const campaignStartQueue = defineQueue("campaign.start", campaignStartPayload, {
  retryLimit: 5,
  retryDelay: 10,
  retryBackoff: true,
  expireInSeconds: 5 * 60,
  // Deferred jobs: plain polling fires them on time (see reminder.fire).
  notify: false,
});

/**
 * Releases a running campaign's next recipients to its number's send queue, then queues itself
 * again. `seq` is the campaign's dispatch number when the job was sent: pausing, resuming and each
 * run raise it, so exactly one chain of dispatch jobs is live per campaign.
 */
export const campaignDispatchPayload = z.object({ campaignId: z.uuid(), seq: z.number().int().min(0) });

export const campaignDispatchQueue = defineQueue("campaign.dispatch", campaignDispatchPayload, {
  retryLimit: 10,
  retryDelay: 5,
  retryBackoff: true,
  retryDelayMax: 5 * 60,
  expireInSeconds: 2 * 60,
  notify: false,
});

export const campaignQueues: QueueDefinition[] = [campaignStartQueue, campaignDispatchQueue];
