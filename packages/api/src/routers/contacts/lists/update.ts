import { updateListInput } from "../../../services/contacts/inputs";
import { updateList } from "../../../services/contacts/lists";
import { contactsManageProcedure } from "../procedure";

export const updateListProcedure = contactsManageProcedure
  .input(updateListInput)
  .mutation(({ ctx, input }) => updateList(ctx.db, ctx.session, input.id, input.list));
