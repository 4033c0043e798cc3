import { updateContactInput } from "../../services/contacts/inputs";
import { updateContact } from "../../services/contacts/write";
import { contactsManageProcedure } from "./procedure";

export const updateContactProcedure = contactsManageProcedure
  .input(updateContactInput)
  .mutation(({ ctx, input }) => updateContact(ctx.db, ctx.session, input));
