import { z } from "zod";
import { publicCalendarInfo } from "../../services/events/public";
import { publicProcedure } from "../../trpc";
import { orgSlug } from "./org-input";

export const publicInfoInput = z.object({ org: orgSlug }).optional();

export const publicInfoProcedure = publicProcedure
  .input(publicInfoInput)
  .query(({ ctx, input }) => publicCalendarInfo(ctx.db, input?.org));
