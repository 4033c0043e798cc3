import { taskPriorities, taskStatuses } from "@taqweem/db";
import { z } from "zod";
import { errorKeys } from "../../errors";
import { hasTitle, id, limitInput, optionalText, requiredText } from "../shared-inputs";

/** A task's fields as editors and admins set them (no defaults: an update changes only what it names). */
const taskFields = z.object({
  titleEn: optionalText(200),
  titleAr: optionalText(200),
  descriptionEn: optionalText(5000),
  descriptionAr: optionalText(5000),
  priority: z.enum(taskPriorities),
  dueAt: z.date().nullable(),
  assigneeId: id.nullable(),
  /** Lead time of the due reminder (up to 60 days); null: no reminder. */
  remindBeforeMinutes: z
    .int()
    .min(0)
    .max(60 * 1440)
    .nullable(),
  prerequisiteIds: z.array(id).max(100),
});

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
    eventId: id,
    departmentId: id,
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

export type NewTask = z.infer<typeof createTaskInput>;

/** Only the fields given change; `prerequisiteIds` replaces the list (same event, no cycles). */
export const updateTaskInput = taskFields.partial().extend({ id });

export type TaskChanges = Omit<z.infer<typeof updateTaskInput>, "id">;

const taskFilters = z.object({
  eventId: id.optional(),
  departmentId: id.optional(),
  statuses: z.array(z.enum(taskStatuses)).max(taskStatuses.length).optional(),
  assigneeId: id.optional(),
  /** Due before now and not completed or cancelled. */
  overdue: z.boolean().optional(),
  /** Due in the current week, Monday to Sunday in the organisation's time zone. */
  dueThisWeek: z.boolean().optional(),
  limit: limitInput(200, 50),
  offset: z.int().min(0).max(100_000).default(0),
});

/** The tasks page. */
export const listTasksInput = taskFilters.default({ limit: 50, offset: 0 });

/** "My tasks": the same filters, the assignee being the reader. */
export const myTasksInput = taskFilters.omit({ assigneeId: true }).default({ limit: 50, offset: 0 });

export type TaskListFilters = z.infer<typeof listTasksInput>;

/** Statuses a person sets; `waiting` is never set by hand, it follows from the prerequisites. */
export const setTaskStatusInput = z.object({
  id,
  status: z.enum(taskStatuses).exclude(["waiting"]),
});

export type SettableStatus = z.infer<typeof setTaskStatusInput>["status"];

export const commentTaskInput = z.object({ id, body: requiredText(5000) });
