import { pingWorkers } from "../../services/system";
import { allowedProcedure } from "../../trpc";

export const pingProcedure = allowedProcedure("system.monitor").mutation(async ({ ctx }) =>
  pingWorkers(await ctx.boss(), { orgId: ctx.session.orgId, userId: ctx.session.userId }),
);
