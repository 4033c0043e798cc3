import { filterInput } from "../../services/contacts/inputs";
import { countContacts } from "../../services/contacts/query";
import { contactsReadProcedure } from "./procedure";

export const countContactsProcedure = contactsReadProcedure
  .input(filterInput)
  .query(({ ctx, input }) => countContacts(ctx.db, ctx.session.orgId, input.filter));
