import { createTRPCRouter } from "../../trpc";
import { revokeFeedProcedure } from "./revoke";
import { rotateFeedProcedure } from "./rotate";
import { feedStatusProcedure } from "./status";

export const calendarFeedsRouter = createTRPCRouter({
  status: feedStatusProcedure,
  rotate: rotateFeedProcedure,
  revoke: revokeFeedProcedure,
});
