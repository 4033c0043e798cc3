import { listTemplatesInput } from "../../services/tasks/template-inputs";
import { listTemplates } from "../../services/tasks/templates";
import { protectedProcedure } from "../../trpc";

export const listTemplatesProcedure = protectedProcedure
  .input(listTemplatesInput)
  .query(({ ctx, input }) => listTemplates(ctx.db, ctx.session.orgId, input.departmentId));
