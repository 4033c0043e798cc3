import { detachEventContact } from "../../../services/contacts/event-contacts";
import { detachEventContactInput } from "../../../services/contacts/inputs";
import { contactsManageProcedure } from "../procedure";

export const detachEventContactProcedure = contactsManageProcedure
  .input(detachEventContactInput)
  .mutation(({ ctx, input }) => detachEventContact(ctx.db, ctx.session, input.eventId, input.contactId));
