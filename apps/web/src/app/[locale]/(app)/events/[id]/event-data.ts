import type { AppRouter, inferRouterOutputs } from "@taqweem/api";

/** One event as the event page shows it; its own file so the page's parts need not import each other for it. */
export type EventData = inferRouterOutputs<AppRouter>["events"]["get"];
