import { errorKeys } from "../../errors";
import { createTask } from "../../services/tasks/tasks";
import { allowedProcedure } from "../../trpc";
import { hasTitle, uuid } from "../inputs";
import { taskFields } from "./fields";

const {
  titleEn,
  titleAr,
  descriptionEn,
  descriptionAr,
  priority,
  dueAt,
  assigneeId,
  remindBeforeMinutes,
  prerequisiteIds,
} = taskFields.shape;

export const createTaskInput = taskFields
  .extend({
    eventId: uuid,
    departmentId: uuid,
    titleEn: titleEn.default(null),
    titleAr: titleAr.default(null),
    descriptionEn: descriptionEn.default(null),
    descriptionAr: descriptionAr.default(null),
    priority: priority.default("normal"),
    dueAt: dueAt.default(null),
    assigneeId: assigneeId.default(null),
    remindBeforeMinutes: remindBeforeMinutes.default(1440),
    prerequisiteIds: prerequisiteIds.default([]),
  })
  .refine(hasTitle, { path: ["titleEn"], message: errorKeys.titleRequired });

export const createTaskProcedure = allowedProcedure("tasks.manage")
  .input(createTaskInput)
  .mutation(async ({ ctx, input }) => createTask(ctx.db, await ctx.boss(), ctx.session, input));
