import { requestLogout } from "../../../services/whatsapp/sessions";
import { sessionTarget, waAdminProcedure } from "../procedure";

export const logoutSessionProcedure = waAdminProcedure
  .input(sessionTarget)
  .mutation(async ({ ctx, input }) => requestLogout(ctx.db, await ctx.boss(), ctx.session, input.sessionId));
