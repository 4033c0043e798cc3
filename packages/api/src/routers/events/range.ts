import { listOccurrences } from "../../services/events/occurrences";
import { rangeInput } from "../../services/events/range-input";
import { protectedProcedure } from "../../trpc";

export const eventRangeInput = rangeInput;

/** The calendar: occurrences in [from, to) matching the filters, sorted by start. */
export const eventRangeProcedure = protectedProcedure
  .input(eventRangeInput)
  .query(({ ctx, input }) => listOccurrences(ctx.db, ctx.session.orgId, input));
