import { createTRPCRouter } from "../../trpc";
import { publicEventProcedure } from "./event";
import { publicInfoProcedure } from "./info";
import { publicRangeProcedure } from "./range";

export const publicCalendarRouter = createTRPCRouter({
  info: publicInfoProcedure,
  range: publicRangeProcedure,
  event: publicEventProcedure,
});
