import { whatsappAttention } from "../../services/dashboard/whatsapp-attention";
import { allowedProcedure } from "../../trpc";

/** WhatsApp numbers that cannot send, for those who manage WhatsApp. */
export const whatsappAttentionProcedure = allowedProcedure("whatsapp.manage").query(({ ctx }) =>
  whatsappAttention(ctx.db, ctx.session.orgId),
);
