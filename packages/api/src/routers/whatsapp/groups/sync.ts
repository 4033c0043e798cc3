import { requestGroupSync } from "../../../services/whatsapp/groups";
import { sessionTarget, waAdminProcedure } from "../procedure";

export const syncGroupsProcedure = waAdminProcedure
  .input(sessionTarget)
  .mutation(async ({ ctx, input }) =>
    requestGroupSync(ctx.db, await ctx.boss(), ctx.session, input.sessionId),
  );
