import { createListInput } from "../../../services/contacts/inputs";
import { createList } from "../../../services/contacts/lists";
import { contactsManageProcedure } from "../procedure";

export const createListProcedure = contactsManageProcedure
  .input(createListInput)
  .mutation(({ ctx, input }) => createList(ctx.db, ctx.session, input));
