import { publicEvent } from "../../services/events/public";
import { publicEventInput } from "../../services/events/public-inputs";
import { publicProcedure } from "../../trpc";

/** One published public event; anything else is NOT_FOUND. */
export const publicEventProcedure = publicProcedure
  .input(publicEventInput)
  .query(({ ctx, input }) => publicEvent(ctx.db, input.org, input.id));
