import { templateVersionsInput } from "../../../services/campaigns/inputs";
import { templateVersions } from "../../../services/campaigns/templates";
import { allowedProcedure } from "../../../trpc";

export const templateVersionsProcedure = allowedProcedure("campaigns.read")
  .input(templateVersionsInput)
  .query(({ ctx, input }) => templateVersions(ctx.db, ctx.session.orgId, input.templateId));
