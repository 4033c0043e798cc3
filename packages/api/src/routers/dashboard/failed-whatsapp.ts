import { failedWhatsApp } from "../../services/dashboard/failed-whatsapp";
import { allowedProcedure } from "../../trpc";

/**
 * WhatsApp messages that failed in the last 24 hours: for those who manage WhatsApp, as only they
 * can open the messages page where a failure is looked into.
 */
export const failedWhatsAppProcedure = allowedProcedure("whatsapp.manage").query(({ ctx }) =>
  failedWhatsApp(ctx.db, ctx.session.orgId),
);
