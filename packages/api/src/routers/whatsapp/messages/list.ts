import { listMessagesInput } from "../../../services/whatsapp/message-inputs";
import { listMessages } from "../../../services/whatsapp/messages";
import { waAdminProcedure } from "../procedure";

export const listMessagesProcedure = waAdminProcedure
  .input(listMessagesInput)
  .query(({ ctx, input }) => listMessages(ctx.db, ctx.session.orgId, input));
