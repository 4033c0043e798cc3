import type { Database, TaskStatus } from "@taqweem/db";
import { can } from "../../permissions";
import type { Actor } from "../actor";
import { departmentIdsOf } from "../departments/membership";

interface LinkedRow {
  id: string;
  titleEn: string | null;
  titleAr: string | null;
  status: TaskStatus;
  departmentId: string;
}

/** A prerequisite or dependent as the reader may see it: in full, or only as another department's. */
export type LinkedTask =
  | { otherDepartment: false; id: string; titleEn: string | null; titleAr: string | null; status: TaskStatus }
  | { otherDepartment: true; status: TaskStatus };

/**
 * Department users see their own departments' tasks in full; a task of another department that
 * theirs waits for (or that waits for theirs) shows only that it exists and where it stands,
 * without its title, assignee or id.
 */
export async function linkedTaskReader(db: Database, actor: Actor) {
  const mine = can(actor.role, "tasks.seeAll")
    ? null
    : new Set(await departmentIdsOf(db, actor.orgId, actor.userId));
  return (rows: LinkedRow[]): LinkedTask[] =>
    rows.map(({ departmentId, ...task }) =>
      mine && !mine.has(departmentId)
        ? { otherDepartment: true, status: task.status }
        : { otherDepartment: false, ...task },
    );
}
