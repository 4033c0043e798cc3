import { listMembersInput } from "../../../services/contacts/inputs";
import { addMembers } from "../../../services/contacts/lists";
import { contactsManageProcedure } from "../procedure";

export const addMembersProcedure = contactsManageProcedure
  .input(listMembersInput)
  .mutation(({ ctx, input }) => addMembers(ctx.db, ctx.session, input));
