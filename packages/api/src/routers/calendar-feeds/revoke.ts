import { revokeFeedToken } from "../../services/calendar-feeds/tokens";
import { protectedProcedure } from "../../trpc";

/** Turns the caller's private feed off; its URL answers 404 from now on. */
export const revokeFeedProcedure = protectedProcedure.mutation(({ ctx }) =>
  revokeFeedToken(ctx.db, ctx.session),
);
