import { sessionTarget } from "../../../services/whatsapp/session-inputs";
import { requestDelete } from "../../../services/whatsapp/sessions";
import { waAdminProcedure } from "../procedure";

export const deleteSessionProcedure = waAdminProcedure
  .input(sessionTarget)
  .mutation(async ({ ctx, input }) => requestDelete(ctx.db, await ctx.boss(), ctx.session, input.sessionId));
