import { idInput } from "../../services/contacts/inputs";
import { removeContact } from "../../services/contacts/write";
import { contactsManageProcedure } from "./procedure";

export const deleteContactProcedure = contactsManageProcedure
  .input(idInput)
  .mutation(({ ctx, input }) => removeContact(ctx.db, ctx.session, input.id));
