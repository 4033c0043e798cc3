import { listLists } from "../../../services/contacts/lists";
import { contactsReadProcedure } from "../procedure";

export const listListsProcedure = contactsReadProcedure.query(({ ctx }) =>
  listLists(ctx.db, ctx.session.orgId),
);
