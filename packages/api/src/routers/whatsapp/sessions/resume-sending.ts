import { resumeSessionSending } from "../../../services/whatsapp/sessions";
import { sessionTarget, waAdminProcedure } from "../procedure";

export const resumeSendingProcedure = waAdminProcedure
  .input(sessionTarget)
  .mutation(({ ctx, input }) => resumeSessionSending(ctx.db, ctx.session, input.sessionId));
