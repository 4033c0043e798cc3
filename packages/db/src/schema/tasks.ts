import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { events } from "./calendar";
import { departments } from "./departments";
import { organisations } from "./organisations";
import { users } from "./users";

export const taskStatuses = ["pending", "in_progress", "waiting", "completed", "cancelled"] as const;
export type TaskStatus = (typeof taskStatuses)[number];
export const taskStatusEnum = pgEnum("task_status", taskStatuses);

export const taskPriorities = ["low", "normal", "high", "urgent"] as const;
export type TaskPriority = (typeof taskPriorities)[number];
export const taskPriorityEnum = pgEnum("task_priority", taskPriorities);

/** What a template's due offset counts from. */
export const taskDueAnchors = ["start", "end"] as const;
export type TaskDueAnchor = (typeof taskDueAnchors)[number];
export const taskDueAnchorEnum = pgEnum("task_due_anchor", taskDueAnchors);

export const taskTemplates = pgTable(
  "task_templates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    departmentId: uuid("department_id")
      .notNull()
      .references(() => departments.id, { onDelete: "cascade" }),
    titleEn: text("title_en"),
    titleAr: text("title_ar"),
    descriptionEn: text("description_en"),
    descriptionAr: text("description_ar"),
    dueAnchor: taskDueAnchorEnum("due_anchor").notNull().default("start"),
    /** Signed: -1440 is a day before the anchor, 120 two hours after it. */
    dueOffsetMinutes: integer("due_offset_minutes").notNull().default(0),
    priority: taskPriorityEnum("priority").notNull().default("normal"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("task_templates_title_present", sql`coalesce(${t.titleEn}, ${t.titleAr}) is not null`),
    index("task_templates_department_idx").on(t.departmentId),
  ],
);

export const taskTemplatePrerequisites = pgTable(
  "task_template_prerequisites",
  {
    templateId: uuid("template_id")
      .notNull()
      .references(() => taskTemplates.id, { onDelete: "cascade" }),
    prerequisiteId: uuid("prerequisite_id")
      .notNull()
      .references(() => taskTemplates.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.templateId, t.prerequisiteId] }),
    check("task_template_prerequisites_not_self", sql`${t.templateId} <> ${t.prerequisiteId}`),
  ],
);

export const tasks = pgTable(
  "tasks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    // No cascade: a department with tasks (and their comments) is not deleted by accident.
    departmentId: uuid("department_id")
      .notNull()
      .references(() => departments.id, { onDelete: "no action" }),
    templateId: uuid("template_id").references(() => taskTemplates.id, { onDelete: "set null" }),
    titleEn: text("title_en"),
    titleAr: text("title_ar"),
    descriptionEn: text("description_en"),
    descriptionAr: text("description_ar"),
    status: taskStatusEnum("status").notNull().default("pending"),
    priority: taskPriorityEnum("priority").notNull().default("normal"),
    dueAt: timestamp("due_at", { withTimezone: true }),
    /** Set on tasks made from a template: the due time follows the event when it moves. */
    dueAnchor: taskDueAnchorEnum("due_anchor"),
    dueOffsetMinutes: integer("due_offset_minutes"),
    assigneeId: uuid("assignee_id").references(() => users.id, { onDelete: "set null" }),
    /** Lead time of the reminder before the due time; null: no reminder. */
    remindBeforeMinutes: integer("remind_before_minutes").default(1440),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp("completed_at", { withTimezone: true }),
  },
  (t) => [
    check("tasks_title_present", sql`coalesce(${t.titleEn}, ${t.titleAr}) is not null`),
    check("tasks_remind_before_not_negative", sql`${t.remindBeforeMinutes} >= 0`),
    check("tasks_due_anchor_pair", sql`(${t.dueAnchor} is null) = (${t.dueOffsetMinutes} is null)`),
    index("tasks_org_department_status_idx").on(t.orgId, t.departmentId, t.status),
    index("tasks_org_due_idx").on(t.orgId, t.dueAt),
    index("tasks_assignee_idx").on(t.assigneeId),
    index("tasks_event_idx").on(t.eventId),
    // One task per template, event and department: re-assigning never duplicates a task.
    uniqueIndex("tasks_event_department_template_key")
      .on(t.eventId, t.departmentId, t.templateId)
      .where(sql`${t.templateId} is not null`),
  ],
);

export const taskPrerequisites = pgTable(
  "task_prerequisites",
  {
    taskId: uuid("task_id")
      .notNull()
      .references(() => tasks.id, { onDelete: "cascade" }),
    prerequisiteId: uuid("prerequisite_id")
      .notNull()
      .references(() => tasks.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.taskId, t.prerequisiteId] }),
    index("task_prerequisites_prerequisite_idx").on(t.prerequisiteId),
    check("task_prerequisites_not_self", sql`${t.taskId} <> ${t.prerequisiteId}`),
  ],
);

export const taskComments = pgTable(
  "task_comments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    taskId: uuid("task_id")
      .notNull()
      .references(() => tasks.id, { onDelete: "cascade" }),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("task_comments_task_idx").on(t.taskId, t.createdAt)],
);

export type TaskTemplate = typeof taskTemplates.$inferSelect;
export type Task = typeof tasks.$inferSelect;
export type TaskComment = typeof taskComments.$inferSelect;
