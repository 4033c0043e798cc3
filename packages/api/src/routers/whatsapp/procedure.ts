import { allowedProcedure } from "../../trpc";

/** WhatsApp is managed by admins only. */
export const waAdminProcedure = allowedProcedure("whatsapp.manage");
