import { eventHistory } from "../../services/events/history";
import { idInput } from "../../services/shared-inputs";
import { protectedProcedure } from "../../trpc";

export const eventHistoryProcedure = protectedProcedure
  .input(idInput)
  .query(({ ctx, input }) => eventHistory(ctx.db, ctx.session.orgId, input.id));
