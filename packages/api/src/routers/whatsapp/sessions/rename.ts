import { renameSessionInput } from "../../../services/whatsapp/session-inputs";
import { renameSession } from "../../../services/whatsapp/sessions";
import { waAdminProcedure } from "../procedure";

export const renameSessionProcedure = waAdminProcedure
  .input(renameSessionInput)
  .mutation(({ ctx, input }) => renameSession(ctx.db, ctx.session, input.sessionId, input.name));
