import { errorKeys } from "../../errors";
import { createTemplate } from "../../services/tasks/templates";
import { allowedProcedure } from "../../trpc";
import { hasTitle, uuid } from "../inputs";
import { templateFields } from "./fields";

const { titleEn, titleAr, descriptionEn, descriptionAr, dueAnchor, dueOffset, priority, prerequisiteIds } =
  templateFields.shape;

export const createTemplateInput = templateFields
  .extend({
    departmentId: uuid,
    titleEn: titleEn.default(null),
    titleAr: titleAr.default(null),
    descriptionEn: descriptionEn.default(null),
    descriptionAr: descriptionAr.default(null),
    dueAnchor: dueAnchor.default("start"),
    dueOffset: dueOffset.default(0),
    priority: priority.default("normal"),
    prerequisiteIds: prerequisiteIds.default([]),
  })
  .refine(hasTitle, { path: ["titleEn"], message: errorKeys.titleRequired });

export const createTemplateProcedure = allowedProcedure("tasks.manage")
  .input(createTemplateInput)
  .mutation(({ ctx, input: { dueOffset: dueOffsetMinutes, ...fields } }) =>
    createTemplate(ctx.db, ctx.session, { ...fields, dueOffsetMinutes }),
  );
