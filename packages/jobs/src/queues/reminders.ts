import { z } from "zod";
import { defineQueue, type QueueDefinition } from "../queue";

/**
 * Names the schedule row and the time the job was planned for; the handler re-reads both, so a job
 * left behind by a change (the event moved, the task was done) does nothing.
 */
export const reminderFirePayload = z.object({ key: z.string().min(1).max(200), fireAt: z.iso.datetime() });

export const reminderFireQueue = defineQueue("reminder.fire", reminderFirePayload, {
  retryLimit: 5,
  retryDelay: 30,
  retryBackoff: true,
  retryDelayMax: 15 * 60,
  expireInSeconds: 5 * 60,
  // Every job is deferred, so a NOTIFY on insert wakes nobody usefully; and with NOTIFY on, pg-boss
  // polls only every 30 s as a backstop. Plain polling (every 2 s) fires reminders on time.
  notify: false,
});

export const reminderQueues: QueueDefinition[] = [reminderFireQueue];
