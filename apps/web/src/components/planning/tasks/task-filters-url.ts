import type { TaskStatus } from "@taqweem/db/schema";
import { taskStatuses } from "../choices";

/** The tasks pages' filters as the address keeps them, so a filtered view can be shared. */
export interface TaskFilterState {
  department: string;
  status: TaskStatus | "";
  overdue: boolean;
  week: boolean;
  /** 1-based. */
  page: number;
}

export const tasksPageSize = 25;

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function read(params: Params, key: string): string {
  const value = params instanceof URLSearchParams ? params.get(key) : params[key];
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

/** Reads the filters from the address; anything malformed is ignored rather than refused. */
export function parseTaskFilters(params: Params): TaskFilterState {
  const department = read(params, "department");
  const status = read(params, "status");
  const page = Number.parseInt(read(params, "page"), 10);
  return {
    department: uuid.test(department) ? department : "",
    status: (taskStatuses as string[]).includes(status) ? (status as TaskStatus) : "",
    overdue: read(params, "overdue") === "1",
    week: read(params, "week") === "1",
    page: Number.isSafeInteger(page) && page > 1 ? page : 1,
  };
}

/** The filters as query parameters, leaving out the defaults. */
export function taskFilterQuery(state: TaskFilterState): Record<string, string> {
  return Object.fromEntries(
    [
      ["department", state.department],
      ["status", state.status],
      ["overdue", state.overdue ? "1" : ""],
      ["week", state.week ? "1" : ""],
      ["page", state.page > 1 ? String(state.page) : ""],
    ].filter(([, value]) => value !== ""),
  );
}

/** The input of `tasks.list` and `tasks.mine` for these filters. */
export function taskListInput(state: TaskFilterState) {
  return {
    ...(state.department && { departmentId: state.department }),
    ...(state.status && { statuses: [state.status] }),
    ...(state.overdue && { overdue: true }),
    ...(state.week && { dueThisWeek: true }),
    limit: tasksPageSize,
    offset: (state.page - 1) * tasksPageSize,
  };
}
