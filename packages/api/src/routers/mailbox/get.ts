import { getMailboxMessage } from "../../services/email/mailbox";
import { allowedProcedure } from "../../trpc";
import { idInput } from "../inputs";

export const getMailboxMessageInput = idInput;

/** The rendered HTML is ours (user text escaped); show it in a sandboxed iframe all the same. */
export const getMailboxMessageProcedure = allowedProcedure("mailbox.read")
  .input(getMailboxMessageInput)
  .query(({ ctx, input }) => getMailboxMessage(ctx.db, ctx.session.orgId, input.id));
