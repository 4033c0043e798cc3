import { compareVersionsInput } from "../../services/sources/inputs";
import { compareVersions } from "../../services/sources/versions";
import { allowedProcedure } from "../../trpc";

export const compareVersionsProcedure = allowedProcedure("sources.review")
  .input(compareVersionsInput)
  .query(({ ctx, input }) => compareVersions(ctx.db, ctx.session.orgId, input));
