import { requestDelete } from "../../../services/whatsapp/sessions";
import { sessionTarget, waAdminProcedure } from "../procedure";

export const deleteSessionProcedure = waAdminProcedure
  .input(sessionTarget)
  .mutation(async ({ ctx, input }) => requestDelete(ctx.db, await ctx.boss(), ctx.session, input.sessionId));
