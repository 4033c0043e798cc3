import { simulateInboundInput } from "../../../services/whatsapp/session-inputs";
import { simulateInboundMessage } from "../../../services/whatsapp/simulate-inbound";
import { waAdminProcedure } from "../procedure";

export const simulateInboundProcedure = waAdminProcedure
  .input(simulateInboundInput)
  .mutation(async ({ ctx, input }) => simulateInboundMessage(ctx.db, await ctx.boss(), ctx.session, input));
