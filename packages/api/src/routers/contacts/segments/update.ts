import { updateSegmentInput } from "../../../services/contacts/inputs";
import { updateSegment } from "../../../services/contacts/segments";
import { contactsManageProcedure } from "../procedure";

export const updateSegmentProcedure = contactsManageProcedure
  .input(updateSegmentInput)
  .mutation(({ ctx, input }) => updateSegment(ctx.db, ctx.session, input.id, input.segment));
