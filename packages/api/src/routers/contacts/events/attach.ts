import { attachEventContacts } from "../../../services/contacts/event-contacts";
import { attachEventContactsInput } from "../../../services/contacts/inputs";
import { contactsManageProcedure } from "../procedure";

export const attachEventContactsProcedure = contactsManageProcedure
  .input(attachEventContactsInput)
  .mutation(({ ctx, input }) => attachEventContacts(ctx.db, ctx.session, input));
