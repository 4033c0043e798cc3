import { z } from "zod";
import { errorKeys } from "../../errors";
import { getEvent } from "../../services/events/get";
import { protectedProcedure } from "../../trpc";

export const eventIdInput = z.object({ id: z.uuid({ error: errorKeys.invalidInput }) });

export const getEventProcedure = protectedProcedure
  .input(eventIdInput)
  .query(({ ctx, input }) => getEvent(ctx.db, ctx.session.orgId, input.id));
