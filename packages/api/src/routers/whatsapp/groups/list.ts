import { listGroupsInput } from "../../../services/whatsapp/group-inputs";
import { listGroups } from "../../../services/whatsapp/groups";
import { waAdminProcedure } from "../procedure";

export const listGroupsProcedure = waAdminProcedure
  .input(listGroupsInput)
  .query(({ ctx, input }) => listGroups(ctx.db, ctx.session.orgId, input));
