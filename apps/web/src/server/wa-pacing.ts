import "server-only";

import { defaultWaPacing, waPacingSchema } from "@taqweem/db/schema";
import type {
  PacingLimits,
  PacingNumberField,
  PacingRules,
} from "@/components/whatsapp/pacing/pacing-values";

/**
 * The pacing defaults and each number's bounds, read from the schema the API validates with, so
 * the form checks exactly what the server will.
 */
export function pacingRules(): PacingRules {
  const limits = {} as PacingLimits;
  for (const [field, schema] of Object.entries(waPacingSchema.shape)) {
    if (!("minValue" in schema)) continue;
    limits[field as PacingNumberField] = {
      min: schema.minValue ?? 0,
      max: schema.maxValue ?? Number.MAX_SAFE_INTEGER,
    };
  }
  return { defaults: defaultWaPacing, limits };
}
