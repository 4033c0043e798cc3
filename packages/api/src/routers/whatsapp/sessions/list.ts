import { listSessions } from "../../../services/whatsapp/sessions";
import { waAdminProcedure } from "../procedure";

export const listSessionsProcedure = waAdminProcedure.query(({ ctx }) =>
  listSessions(ctx.db, ctx.session.orgId),
);
