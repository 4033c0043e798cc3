import { sessionTarget } from "../../../services/whatsapp/session-inputs";
import { resumeSessionSending } from "../../../services/whatsapp/sessions";
import { waAdminProcedure } from "../procedure";

export const resumeSendingProcedure = waAdminProcedure
  .input(sessionTarget)
  .mutation(({ ctx, input }) => resumeSessionSending(ctx.db, ctx.session, input.sessionId));
