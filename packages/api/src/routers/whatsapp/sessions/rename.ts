import { renameSession } from "../../../services/whatsapp/sessions";
import { sessionTarget, waAdminProcedure } from "../procedure";
import { createSessionInput } from "./create";

export const renameSessionInput = sessionTarget.extend(createSessionInput.shape);

export const renameSessionProcedure = waAdminProcedure
  .input(renameSessionInput)
  .mutation(({ ctx, input }) => renameSession(ctx.db, ctx.session, input.sessionId, input.name));
