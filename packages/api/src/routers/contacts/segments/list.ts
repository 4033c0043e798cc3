import { listSegments } from "../../../services/contacts/segments";
import { contactsReadProcedure } from "../procedure";

export const listSegmentsProcedure = contactsReadProcedure.query(({ ctx }) =>
  listSegments(ctx.db, ctx.session.orgId),
);
