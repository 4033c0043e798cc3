import { publicOccurrences } from "../../services/events/public";
import { publicRangeInput } from "../../services/events/public-inputs";
import { publicProcedure } from "../../trpc";

/** Occurrences of published public events in [from, to), without sign-in. */
export const publicRangeProcedure = publicProcedure
  .input(publicRangeInput)
  .query(({ ctx, input: { org, ...range } }) => publicOccurrences(ctx.db, org, range));
