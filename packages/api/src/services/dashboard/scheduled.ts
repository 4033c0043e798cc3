import type { eventStatuses } from "@taqweem/db";

/** Events that are going to happen (drafts included, as staff plan them): cancelled ones are left out. */
export const scheduledStatuses: (typeof eventStatuses)[number][] = ["draft", "published"];
