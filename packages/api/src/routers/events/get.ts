import { getEvent } from "../../services/events/get";
import { idInput } from "../../services/shared-inputs";
import { protectedProcedure } from "../../trpc";

export const getEventProcedure = protectedProcedure
  .input(idInput)
  .query(({ ctx, input }) => getEvent(ctx.db, ctx.session.orgId, input.id));
