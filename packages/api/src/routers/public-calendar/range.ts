import { z } from "zod";
import { publicOccurrences } from "../../services/events/public";
import { calendarFilters, checkWindow, windowFields } from "../../services/events/range-input";
import { publicProcedure } from "../../trpc";
import { orgSlug } from "./org-input";

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

/** Occurrences of published public events in [from, to), without sign-in. */
export const publicRangeProcedure = publicProcedure
  .input(publicRangeInput)
  .query(({ ctx, input: { org, ...range } }) => publicOccurrences(ctx.db, org, range));
