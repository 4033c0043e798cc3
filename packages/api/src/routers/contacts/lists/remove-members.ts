import { listMembersInput } from "../../../services/contacts/inputs";
import { removeMembers } from "../../../services/contacts/lists";
import { contactsManageProcedure } from "../procedure";

export const removeMembersProcedure = contactsManageProcedure
  .input(listMembersInput)
  .mutation(({ ctx, input }) => removeMembers(ctx.db, ctx.session, input));
