import { feedTokenStatus } from "../../services/calendar-feeds/tokens";
import { protectedProcedure } from "../../trpc";

/** `{ active, createdAt }` of the caller's private feed. */
export const feedStatusProcedure = protectedProcedure.query(({ ctx }) =>
  feedTokenStatus(ctx.db, ctx.session),
);
