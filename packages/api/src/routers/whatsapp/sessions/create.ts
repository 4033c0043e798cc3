import { z } from "zod";
import { createSession } from "../../../services/whatsapp/sessions";
import { waAdminProcedure } from "../procedure";

export const createSessionInput = z.object({ name: z.string().trim().min(1).max(80) });

export const createSessionProcedure = waAdminProcedure
  .input(createSessionInput)
  .mutation(({ ctx, input }) => createSession(ctx.db, ctx.session, input.name));
