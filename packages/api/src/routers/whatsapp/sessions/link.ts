import { z } from "zod";
import { requestLink } from "../../../services/whatsapp/sessions";
import { waAdminProcedure } from "../procedure";

/** QR (shown live as `wa.session` events) or a pairing code for the number that will be linked. */
export const linkSessionInput = z.discriminatedUnion("method", [
  z.object({ sessionId: z.uuid(), method: z.literal("qr") }),
  z.object({ sessionId: z.uuid(), method: z.literal("pairing"), phone: z.string().trim().min(4).max(32) }),
]);

export const linkSessionProcedure = waAdminProcedure
  .input(linkSessionInput)
  .mutation(async ({ ctx, input }) =>
    requestLink(ctx.db, await ctx.boss(), ctx.session, input.sessionId, input),
  );
