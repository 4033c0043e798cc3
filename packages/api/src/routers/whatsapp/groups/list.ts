import { z } from "zod";
import { listGroups } from "../../../services/whatsapp/groups";
import { waAdminProcedure } from "../procedure";

export const listGroupsInput = z
  .object({ sessionId: z.uuid().optional(), includeLeft: z.boolean().default(false) })
  .default({ includeLeft: false });

export const listGroupsProcedure = waAdminProcedure
  .input(listGroupsInput)
  .query(({ ctx, input }) => listGroups(ctx.db, ctx.session.orgId, input));
