import { eventHistory } from "../../services/events/history";
import { protectedProcedure } from "../../trpc";
import { eventIdInput } from "./get";

export const eventHistoryProcedure = protectedProcedure
  .input(eventIdInput)
  .query(({ ctx, input }) => eventHistory(ctx.db, ctx.session.orgId, input.id));
