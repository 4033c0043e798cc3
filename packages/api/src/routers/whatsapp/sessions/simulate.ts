import { simulateInput } from "../../../services/whatsapp/session-inputs";
import { requestSimulation } from "../../../services/whatsapp/sessions";
import { waAdminProcedure } from "../procedure";

export const simulateProcedure = waAdminProcedure.input(simulateInput).mutation(async ({ ctx, input }) =>
  requestSimulation(ctx.db, await ctx.boss(), ctx.session, {
    action: "simulate",
    sessionId: input.sessionId,
    event: input.action,
  }),
);
