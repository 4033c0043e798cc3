import { z } from "zod";
import { roleProcedure } from "../../trpc";

/** WhatsApp is managed by admins only. */
export const waAdminProcedure = roleProcedure("admin");

export const sessionTarget = z.object({ sessionId: z.uuid() });
