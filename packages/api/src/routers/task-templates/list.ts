import { z } from "zod";
import { listTemplates } from "../../services/tasks/templates";
import { protectedProcedure } from "../../trpc";
import { uuid } from "../inputs";

export const listTemplatesInput = z.object({ departmentId: uuid.optional() }).default({});

export const listTemplatesProcedure = protectedProcedure
  .input(listTemplatesInput)
  .query(({ ctx, input }) => listTemplates(ctx.db, ctx.session.orgId, input.departmentId));
