import { taskPriorities, taskStatuses } from "@taqweem/db";
import { z } from "zod";
import { limitInput, optionalText, uuid } from "../inputs";

/** A task's fields as editors and admins set them (no defaults: an update changes only what it names). */
export const taskFields = z.object({
  titleEn: optionalText(200),
  titleAr: optionalText(200),
  descriptionEn: optionalText(5000),
  descriptionAr: optionalText(5000),
  priority: z.enum(taskPriorities),
  dueAt: z.date().nullable(),
  assigneeId: uuid.nullable(),
  /** Lead time of the due reminder (up to 60 days); null: no reminder. */
  remindBeforeMinutes: z
    .int()
    .min(0)
    .max(60 * 1440)
    .nullable(),
  prerequisiteIds: z.array(uuid).max(100),
});

export const taskFilters = z.object({
  eventId: uuid.optional(),
  departmentId: uuid.optional(),
  statuses: z.array(z.enum(taskStatuses)).max(taskStatuses.length).optional(),
  assigneeId: uuid.optional(),
  overdue: z.boolean().optional(),
  dueThisWeek: z.boolean().optional(),
  limit: limitInput(200, 50),
  offset: z.int().min(0).max(100_000).default(0),
});
