import { runsInput } from "../../services/sources/inputs";
import { listRuns } from "../../services/sources/runs";
import { allowedProcedure } from "../../trpc";

export const listRunsProcedure = allowedProcedure("sources.review")
  .input(runsInput)
  .query(({ ctx, input }) => listRuns(ctx.db, ctx.session.orgId, input));
