import { getMailboxMessage } from "../../services/email/mailbox";
import { idInput } from "../../services/shared-inputs";
import { allowedProcedure } from "../../trpc";

/** The rendered HTML is ours (user text escaped); show it in a sandboxed iframe all the same. */
export const getMailboxMessageProcedure = allowedProcedure("mailbox.read")
  .input(idInput)
  .query(({ ctx, input }) => getMailboxMessage(ctx.db, ctx.session.orgId, input.id));
