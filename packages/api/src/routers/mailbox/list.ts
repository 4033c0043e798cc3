import { listMailbox, listMailboxInput } from "../../services/email/mailbox";
import { allowedProcedure } from "../../trpc";

export const listMailboxProcedure = allowedProcedure("mailbox.read")
  .input(listMailboxInput)
  .query(({ ctx, input }) => listMailbox(ctx.db, ctx.session.orgId, input));
