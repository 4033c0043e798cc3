import { publicCalendarInfo } from "../../services/events/public";
import { publicInfoInput } from "../../services/events/public-inputs";
import { publicProcedure } from "../../trpc";

export const publicInfoProcedure = publicProcedure
  .input(publicInfoInput)
  .query(({ ctx, input }) => publicCalendarInfo(ctx.db, input?.org));
