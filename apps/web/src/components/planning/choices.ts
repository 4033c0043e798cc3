import type { ReminderOffset, TaskPriority, TaskStatus } from "@taqweem/db/schema";

/**
 * The planning enums in display order. Kept here, typed against the schema (a Record must name every
 * value), so client components do not pull the database schema into the browser bundle.
 */
const priorityOrder: Record<TaskPriority, number> = { low: 0, normal: 1, high: 2, urgent: 3 };
const statusOrder: Record<TaskStatus, number> = {
  pending: 0,
  waiting: 1,
  in_progress: 2,
  completed: 3,
  cancelled: 4,
};
const offsetOrder: Record<ReminderOffset, number> = {
  week_before: 0,
  day_before: 1,
  morning_of: 2,
  custom: 3,
};

const ordered = <T extends string>(order: Record<T, number>) =>
  (Object.keys(order) as T[]).sort((a, b) => order[a] - order[b]);

export const taskPriorities = ordered(priorityOrder);
export const taskStatuses = ordered(statusOrder);
export const reminderOffsets = ordered(offsetOrder);

/** Statuses a person sets; `waiting` follows from open prerequisites. */
export const settableStatuses = taskStatuses.filter((status) => status !== "waiting") as Exclude<
  TaskStatus,
  "waiting"
>[];
