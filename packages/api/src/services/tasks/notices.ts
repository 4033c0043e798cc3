import { events, organisations, type ReminderChannel, tasks } from "@taqweem/db";
import { eq } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import { type Audience, departmentsAudience, usersAudience } from "../notify/audience";
import { type TaskHappening, taskCopy } from "../notify/copy";
import { deliver } from "../notify/deliver";
import { taskPath } from "../notify/links";
import type { Tx } from "../tx";

const channels: Record<TaskHappening["kind"], readonly ReminderChannel[]> = {
  task_reminder: ["in_app", "email", "whatsapp"],
  task_pending: ["in_app", "email", "whatsapp"],
  task_assigned: ["in_app", "email"],
  task_comment: ["in_app"],
};

/** A task's people: its assignee, or else its department (members, mailboxes, WhatsApp group). */
async function peopleOf(tx: Tx, task: { orgId: string; assigneeId: string | null; departmentId: string }) {
  return task.assigneeId
    ? usersAudience(tx, task.orgId, [task.assigneeId])
    : departmentsAudience(tx, task.orgId, [task.departmentId]);
}

const without = (audience: Audience, userId: string | undefined): Audience =>
  userId ? { ...audience, users: audience.users.filter((user) => user.id !== userId) } : audience;

/** Tells a task's people what happened to it; the person who did it is not told about their own act. */
export async function noticeTask(
  tx: Tx,
  boss: PgBoss,
  taskId: string,
  happening: TaskHappening,
  options: { actorId?: string; occurrenceKey?: string } = {},
): Promise<void> {
  const [found] = await tx
    .select({ task: tasks, event: events, org: organisations })
    .from(tasks)
    .innerJoin(events, eq(events.id, tasks.eventId))
    .innerJoin(organisations, eq(organisations.id, tasks.orgId))
    .where(eq(tasks.id, taskId));
  if (!found) return;
  const { task, event, org } = found;
  await deliver(
    tx,
    boss,
    {
      orgId: org.id,
      orgName: { en: org.nameEn, ar: org.nameAr },
      kind: happening.kind,
      purpose: happening.kind === "task_reminder" ? "reminder" : "task",
      entity: "task",
      entityId: task.id,
      link: taskPath(event.id, task.id),
      copy: taskCopy(happening, task, event, org.timeZone),
      channels: channels[happening.kind],
      occurrenceKey: options.occurrenceKey,
    },
    without(await peopleOf(tx, task), options.actorId),
  );
}
