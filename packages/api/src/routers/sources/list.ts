import { listSources } from "../../services/sources/sources";
import { allowedProcedure } from "../../trpc";

export const listSourcesProcedure = allowedProcedure("sources.review").query(({ ctx }) =>
  listSources(ctx.db, ctx.session.orgId),
);
