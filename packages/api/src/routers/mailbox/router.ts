import { createTRPCRouter } from "../../trpc";
import { getMailboxMessageProcedure } from "./get";
import { listMailboxProcedure } from "./list";

export const mailboxRouter = createTRPCRouter({
  list: listMailboxProcedure,
  get: getMailboxMessageProcedure,
});
