import { getMailboxMessage } from "../../services/email/mailbox";
import { roleProcedure } from "../../trpc";
import { idInput } from "../inputs";

export const getMailboxMessageInput = idInput;

/** The rendered HTML is ours (user text escaped); show it in a sandboxed iframe all the same. */
export const getMailboxMessageProcedure = roleProcedure("admin")
  .input(getMailboxMessageInput)
  .query(({ ctx, input }) => getMailboxMessage(ctx.db, ctx.session.orgId, input.id));
