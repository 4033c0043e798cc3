import { idInput } from "../../../services/contacts/inputs";
import { removeList } from "../../../services/contacts/lists";
import { contactsManageProcedure } from "../procedure";

export const deleteListProcedure = contactsManageProcedure
  .input(idInput)
  .mutation(({ ctx, input }) => removeList(ctx.db, ctx.session, input.id));
