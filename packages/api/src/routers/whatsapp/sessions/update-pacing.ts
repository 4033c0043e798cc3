import { updatePacingInput } from "../../../services/whatsapp/session-inputs";
import { updateSessionPacing } from "../../../services/whatsapp/sessions";
import { waAdminProcedure } from "../procedure";

export const updatePacingProcedure = waAdminProcedure
  .input(updatePacingInput)
  .mutation(({ ctx, input }) => updateSessionPacing(ctx.db, ctx.session, input.sessionId, input.pacing));
