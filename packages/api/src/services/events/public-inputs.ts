import { z } from "zod";
import { errorKeys } from "../../errors";
import { id } from "../shared-inputs";
import { calendarFilters, checkWindow, windowFields } from "./range-input";

/** Organisation slug; without one, the deployment's public organisation (see publicOrganisation). */
const orgSlug = z
  .string({ error: errorKeys.invalidInput })
  .regex(/^[a-z0-9-]{1,100}$/, { error: errorKeys.invalidInput })
  .optional();

export const publicInfoInput = z.object({ org: orgSlug }).optional();

export const publicEventInput = z.object({ org: orgSlug, id });

export const publicRangeInput = z
  .object({
    org: orgSlug,
    ...windowFields,
    categoryIds: calendarFilters.categoryIds,
    types: calendarFilters.types,
    scopes: calendarFilters.scopes,
    q: calendarFilters.q,
  })
  .superRefine(checkWindow);
