import { listEventContacts } from "../../../services/contacts/event-contacts";
import { eventContactsInput } from "../../../services/contacts/inputs";
import { contactsReadProcedure } from "../procedure";

export const listEventContactsProcedure = contactsReadProcedure
  .input(eventContactsInput)
  .query(({ ctx, input }) => listEventContacts(ctx.db, ctx.session.orgId, input.eventId));
