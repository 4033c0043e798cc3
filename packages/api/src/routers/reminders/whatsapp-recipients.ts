import { knownWhatsappRecipients, sendsToAnyWhatsapp } from "../../services/whatsapp/known-recipients";
import { allowedProcedure } from "../../trpc";

/** The WhatsApp chats the reminder form offers: any (admins) or the organisation's known recipients. */
export const reminderWhatsappRecipientsProcedure = allowedProcedure("reminders.manage").query(
  async ({ ctx }) => ({
    anyRecipient: sendsToAnyWhatsapp(ctx.session),
    recipients: await knownWhatsappRecipients(ctx.db, ctx.session.orgId),
  }),
);
