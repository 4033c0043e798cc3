import { z } from "zod";
import { allowedProcedure } from "../../trpc";

/** WhatsApp is managed by admins only. */
export const waAdminProcedure = allowedProcedure("whatsapp.manage");

export const sessionTarget = z.object({ sessionId: z.uuid() });
