import { listOccurrences } from "../../services/events/occurrences";
import { rangeInput } from "../../services/events/range-input";
import { protectedProcedure } from "../../trpc";

/** The calendar: occurrences in [from, to) matching the filters, sorted by start. */
export const eventRangeProcedure = protectedProcedure
  .input(rangeInput)
  .query(({ ctx, input }) => listOccurrences(ctx.db, ctx.session.orgId, input));
