import "server-only";

import { eventScopes, eventSources, eventTypes, eventVisibilities } from "@taqweem/db/schema";
import type { EventChoices } from "@/lib/calendar-url";

/** The enumerations of the events schema, handed to client components as plain arrays. */
export const eventChoices: EventChoices = {
  types: [...eventTypes],
  scopes: [...eventScopes],
  sources: [...eventSources],
  visibilities: [...eventVisibilities],
};
