import { idInput } from "../../../services/contacts/inputs";
import { removeSegment } from "../../../services/contacts/segments";
import { contactsManageProcedure } from "../procedure";

export const deleteSegmentProcedure = contactsManageProcedure
  .input(idInput)
  .mutation(({ ctx, input }) => removeSegment(ctx.db, ctx.session, input.id));
