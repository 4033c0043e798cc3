import { listTemplates } from "../../../services/whatsapp/templates";
import { waAdminProcedure } from "../procedure";

export const listTemplatesProcedure = waAdminProcedure.query(({ ctx }) =>
  listTemplates(ctx.db, ctx.session.orgId),
);
