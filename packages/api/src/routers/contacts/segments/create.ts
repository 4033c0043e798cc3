import { createSegmentInput } from "../../../services/contacts/inputs";
import { createSegment } from "../../../services/contacts/segments";
import { contactsManageProcedure } from "../procedure";

export const createSegmentProcedure = contactsManageProcedure
  .input(createSegmentInput)
  .mutation(({ ctx, input }) => createSegment(ctx.db, ctx.session, input));
