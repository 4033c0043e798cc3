import type { TaskPriority } from "@taqweem/db/schema";
// Relative, so that the unit tests (which know no "@/" alias) can load it.
import { fromLocalInput, toDateTimeLocal } from "../../../lib/zoned-time";
import type { TaskDetail } from "../types";

/** The task form as typed; the due time as a local input value in the organisation's zone. */
export interface TaskValues {
  titleEn: string;
  titleAr: string;
  descriptionEn: string;
  descriptionAr: string;
  priority: TaskPriority;
  due: string;
  assigneeId: string;
  /** Minutes as text; "" for no reminder. */
  remindBefore: string;
  prerequisiteIds: string[];
}

export const newTaskValues: TaskValues = {
  titleEn: "",
  titleAr: "",
  descriptionEn: "",
  descriptionAr: "",
  priority: "normal",
  due: "",
  assigneeId: "",
  remindBefore: "1440",
  prerequisiteIds: [],
};

export function taskValuesOf(task: TaskDetail, timeZone: string): TaskValues {
  return {
    titleEn: task.titleEn ?? "",
    titleAr: task.titleAr ?? "",
    descriptionEn: task.descriptionEn ?? "",
    descriptionAr: task.descriptionAr ?? "",
    priority: task.priority,
    due: task.dueAt ? toDateTimeLocal(task.dueAt, timeZone) : "",
    assigneeId: task.assigneeId ?? "",
    remindBefore: task.remindBeforeMinutes === null ? "" : String(task.remindBeforeMinutes),
    // Only managers edit tasks, and they see every prerequisite in full.
    prerequisiteIds: task.prerequisites.flatMap((prerequisite) =>
      prerequisite.otherDepartment ? [] : [prerequisite.id],
    ),
  };
}

/** The form as `tasks.create` and `tasks.update` take it; null when the due time cannot be read. */
export function taskInput(values: TaskValues, timeZone: string) {
  const dueAt = values.due ? fromLocalInput(values.due, timeZone) : null;
  if (values.due && !dueAt) return null;
  return {
    titleEn: values.titleEn,
    titleAr: values.titleAr,
    descriptionEn: values.descriptionEn,
    descriptionAr: values.descriptionAr,
    priority: values.priority,
    dueAt,
    assigneeId: values.assigneeId || null,
    remindBeforeMinutes: values.remindBefore === "" ? null : Number(values.remindBefore),
    prerequisiteIds: values.prerequisiteIds,
  };
}

export type TaskInput = NonNullable<ReturnType<typeof taskInput>>;

/**
 * Only what changed, for `tasks.update`: sending the due time, even unchanged, would detach the
 * task from the event's time (a due time set by hand stops following the event).
 */
export function changedTaskFields(before: TaskInput, after: TaskInput): Partial<TaskInput> {
  const same = (key: keyof TaskInput) => JSON.stringify(before[key]) === JSON.stringify(after[key]);
  const keys = (Object.keys(after) as (keyof TaskInput)[]).filter((key) =>
    key === "prerequisiteIds"
      ? [...before.prerequisiteIds].sort().join() !== [...after.prerequisiteIds].sort().join()
      : !same(key),
  );
  return Object.fromEntries(keys.map((key) => [key, after[key]])) as Partial<TaskInput>;
}
