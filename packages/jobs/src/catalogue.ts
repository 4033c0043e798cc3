import type { QueueDefinition } from "./queue";
import { campaignQueues } from "./queues/campaigns";
import { emailQueues } from "./queues/email";
import { reminderQueues } from "./queues/reminders";
import { scraperQueues } from "./queues/scraper";
import { systemQueues } from "./queues/system";
import { whatsappQueues } from "./queues/whatsapp";

export * from "./queues/campaigns";
export * from "./queues/email";
export * from "./queues/reminders";
export * from "./queues/scraper";
export * from "./queues/system";
export * from "./queues/whatsapp";

/**
 * Every queue of the product, one file per domain under queues/; the migrate step creates them
 * (and their dead letter queues).
 */
export const allQueues: QueueDefinition[] = [
  ...systemQueues,
  ...whatsappQueues,
  ...emailQueues,
  ...reminderQueues,
  ...scraperQueues,
  ...campaignQueues,
];
