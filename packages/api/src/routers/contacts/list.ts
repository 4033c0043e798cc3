import { listContactsInput } from "../../services/contacts/inputs";
import { listContacts } from "../../services/contacts/query";
import { contactsReadProcedure } from "./procedure";

export const listContactsProcedure = contactsReadProcedure
  .input(listContactsInput)
  .query(({ ctx, input }) => listContacts(ctx.db, ctx.session.orgId, input));
