import { idInput } from "../../services/contacts/inputs";
import { getContact } from "../../services/contacts/query";
import { contactsReadProcedure } from "./procedure";

export const getContactProcedure = contactsReadProcedure
  .input(idInput)
  .query(({ ctx, input }) => getContact(ctx.db, ctx.session.orgId, input.id));
