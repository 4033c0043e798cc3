import { idInput } from "../../services/shared-inputs";
import { stagedDetail } from "../../services/sources/queries";
import { allowedProcedure } from "../../trpc";

export const stagedEventProcedure = allowedProcedure("sources.review")
  .input(idInput)
  .query(({ ctx, input }) => stagedDetail(ctx.db, ctx.session.orgId, input.id));
