import { sessionTarget } from "../../../services/whatsapp/session-inputs";
import { requestLogout } from "../../../services/whatsapp/sessions";
import { waAdminProcedure } from "../procedure";

export const logoutSessionProcedure = waAdminProcedure
  .input(sessionTarget)
  .mutation(async ({ ctx, input }) => requestLogout(ctx.db, await ctx.boss(), ctx.session, input.sessionId));
