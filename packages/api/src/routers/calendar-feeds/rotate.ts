import { issueFeedToken } from "../../services/calendar-feeds/tokens";
import { protectedProcedure } from "../../trpc";

/**
 * Creates the caller's private feed, or replaces it (the old URL stops working). Returns the token
 * and its path (`/api/calendar/feed/<token>.ics`) once; only a hash is stored.
 */
export const rotateFeedProcedure = protectedProcedure.mutation(({ ctx }) =>
  issueFeedToken(ctx.db, ctx.session),
);
