import { z } from "zod";
import { errorKeys } from "../../errors";
import { publicEvent } from "../../services/events/public";
import { publicProcedure } from "../../trpc";
import { orgSlug } from "./org-input";

export const publicEventInput = z.object({ org: orgSlug, id: z.uuid({ error: errorKeys.invalidInput }) });

/** One published public event; anything else is NOT_FOUND. */
export const publicEventProcedure = publicProcedure
  .input(publicEventInput)
  .query(({ ctx, input }) => publicEvent(ctx.db, input.org, input.id));
