import { eventsPerMonth } from "../../services/dashboard/events-per-month";
import { protectedProcedure } from "../../trpc";

/** Events per month over the next twelve months by category: the home page's chart. */
export const eventsPerMonthProcedure = protectedProcedure.query(({ ctx }) =>
  eventsPerMonth(ctx.db, ctx.session.orgId),
);
