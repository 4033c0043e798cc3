import { createContactInput } from "../../services/contacts/inputs";
import { createContact } from "../../services/contacts/write";
import { contactsManageProcedure } from "./procedure";

export const createContactProcedure = contactsManageProcedure
  .input(createContactInput)
  .mutation(({ ctx, input }) => createContact(ctx.db, ctx.session, input));
