import { waPacingSchema } from "@taqweem/db";
import { updateSessionPacing } from "../../../services/whatsapp/sessions";
import { sessionTarget, waAdminProcedure } from "../procedure";

export const updatePacingInput = sessionTarget.extend({ pacing: waPacingSchema });

export const updatePacingProcedure = waAdminProcedure
  .input(updatePacingInput)
  .mutation(({ ctx, input }) => updateSessionPacing(ctx.db, ctx.session, input.sessionId, input.pacing));
