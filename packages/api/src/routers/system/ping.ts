import { pingWorkers } from "../../services/system";
import { roleProcedure } from "../../trpc";

export const pingProcedure = roleProcedure("admin").mutation(async ({ ctx }) =>
  pingWorkers(await ctx.boss(), { orgId: ctx.session.orgId, userId: ctx.session.userId }),
);
