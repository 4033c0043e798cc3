import type { Database, TaskStatus } from "@taqweem/db";
import type { Actor } from "../actor";
import { listTasks } from "../tasks/queries";

const openStatuses: TaskStatus[] = ["pending", "in_progress", "waiting"];

/** More than a home page lists; "My tasks" has them all. */
const maxListed = 10;

/**
 * My open tasks (assigned to me, or unassigned in one of my departments), the earliest due first:
 * overdue ones lead, tasks without a due date come last. The tasks page's own query decides.
 */
export async function dashboardMyTasks(db: Database, actor: Actor) {
  const [open, overdue] = await Promise.all([
    listTasks(db, actor, { mine: true, statuses: openStatuses, limit: maxListed, offset: 0 }),
    listTasks(db, actor, { mine: true, overdue: true, limit: 1, offset: 0 }),
  ]);
  return {
    total: open.total,
    overdueTotal: overdue.total,
    items: open.items.map((task) => ({
      id: task.id,
      titleEn: task.titleEn,
      titleAr: task.titleAr,
      status: task.status,
      priority: task.priority,
      dueAt: task.dueAt,
      overdue: task.overdue,
      event: { id: task.event.id, titleEn: task.event.titleEn, titleAr: task.event.titleAr },
      department: task.department,
    })),
  };
}
