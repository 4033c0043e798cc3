import { requestGroupSync } from "../../../services/whatsapp/groups";
import { sessionTarget } from "../../../services/whatsapp/session-inputs";
import { waAdminProcedure } from "../procedure";

export const syncGroupsProcedure = waAdminProcedure
  .input(sessionTarget)
  .mutation(async ({ ctx, input }) =>
    requestGroupSync(ctx.db, await ctx.boss(), ctx.session, input.sessionId),
  );
