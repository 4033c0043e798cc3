import { createSessionInput } from "../../../services/whatsapp/session-inputs";
import { createSession } from "../../../services/whatsapp/sessions";
import { waAdminProcedure } from "../procedure";

export const createSessionProcedure = waAdminProcedure
  .input(createSessionInput)
  .mutation(({ ctx, input }) => createSession(ctx.db, ctx.session, input.name));
