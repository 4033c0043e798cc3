import { testSendInput } from "../../../services/whatsapp/message-inputs";
import { sendTestMessage } from "../../../services/whatsapp/messages";
import { waAdminProcedure } from "../procedure";

export const testSendProcedure = waAdminProcedure
  .input(testSendInput)
  .mutation(async ({ ctx, input }) => sendTestMessage(ctx.db, await ctx.boss(), ctx.session, input));
