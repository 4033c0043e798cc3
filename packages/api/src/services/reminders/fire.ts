import {
  type Database,
  type EventReminder,
  eventDepartments,
  eventReminders,
  events,
  organisations,
  type ReminderSchedule,
  reminderSchedules,
  tasks,
} from "@taqweem/db";
import { eq } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import { departmentsAudience, mergeAudiences, noOne, usersAudience } from "../notify/audience";
import { eventReminderCopy } from "../notify/copy";
import { deliver } from "../notify/deliver";
import { eventPath } from "../notify/links";
import { noticeTask } from "../tasks/notices";
import type { Tx } from "../tx";
import { parseReminderKey, taskReminderAt } from "./plan";
import { lockEventReminders, rescheduleEventReminders } from "./schedule";
import { nextReminder } from "./timing";

export type FireOutcome = "sent" | "stale" | "skipped";

const occurrenceKey = (row: ReminderSchedule) => `${row.key}@${row.subjectAt.toISOString()}`;

async function audienceOf(tx: Tx, reminder: EventReminder) {
  const departmentIds = reminder.toDepartments
    ? (
        await tx
          .select({ id: eventDepartments.departmentId })
          .from(eventDepartments)
          .where(eq(eventDepartments.eventId, reminder.eventId))
      ).map((row) => row.id)
    : [];
  const chat =
    reminder.whatsappRecipientType && reminder.whatsappRecipient
      ? [
          {
            type: reminder.whatsappRecipientType,
            recipient: reminder.whatsappRecipient,
            locale: reminder.whatsappLocale,
          },
        ]
      : [];
  return mergeAudiences(
    await departmentsAudience(tx, reminder.orgId, departmentIds),
    await usersAudience(tx, reminder.orgId, reminder.userIds),
    { ...noOne, whatsapp: chat },
  );
}

async function fireEventReminder(tx: Tx, boss: PgBoss, row: ReminderSchedule, reminderId: string) {
  const [found] = await tx
    .select({ reminder: eventReminders, event: events, org: organisations })
    .from(eventReminders)
    .innerJoin(events, eq(events.id, eventReminders.eventId))
    .innerJoin(organisations, eq(organisations.id, events.orgId))
    .where(eq(eventReminders.id, reminderId));
  if (!found) return "stale";
  const { reminder, event, org } = found;
  if (event.status === "cancelled") return "skipped";
  // What would be planned just before this job's time must be this very job, or the event moved.
  const expected = nextReminder(reminder, event, org.timeZone, new Date(row.fireAt.getTime() - 1));
  if (
    expected?.fireAt.getTime() !== row.fireAt.getTime() ||
    expected.occurrenceStart.getTime() !== row.subjectAt.getTime()
  )
    return "stale";
  await deliver(
    tx,
    boss,
    {
      orgId: org.id,
      orgName: { en: org.nameEn, ar: org.nameAr },
      kind: "event_reminder",
      purpose: "reminder",
      entity: "event",
      entityId: event.id,
      link: eventPath(event.id),
      copy: eventReminderCopy(event, row.subjectAt, org.timeZone),
      channels: ["in_app", "email", "whatsapp"],
      occurrenceKey: occurrenceKey(row),
    },
    await audienceOf(tx, reminder),
  );
  return "sent";
}

async function fireTaskReminder(tx: Tx, boss: PgBoss, row: ReminderSchedule, taskId: string) {
  const [found] = await tx
    .select({ task: tasks, eventStatus: events.status })
    .from(tasks)
    .innerJoin(events, eq(events.id, tasks.eventId))
    .where(eq(tasks.id, taskId));
  if (!found) return "stale";
  const { task, eventStatus } = found;
  if (eventStatus === "cancelled" || task.status === "completed" || task.status === "cancelled")
    return "skipped";
  if (
    task.dueAt?.getTime() !== row.subjectAt.getTime() ||
    task.remindBeforeMinutes === null ||
    taskReminderAt(task.dueAt, task.remindBeforeMinutes).getTime() !== row.fireAt.getTime()
  )
    return "stale";
  await noticeTask(tx, boss, task.id, { kind: "task_reminder" }, { occurrenceKey: occurrenceKey(row) });
  return "sent";
}

/**
 * The `reminder.fire` handler. It acts only if the job is still the one scheduled for its reminder,
 * re-reads the event (or task) and checks the time still holds, so a moved or cancelled event is
 * never announced; deliveries are recorded per occurrence and recipient, so a retry sends nothing
 * twice. Then it plans the reminder's next occurrence, if any.
 */
export async function fireReminder(
  db: Database,
  boss: PgBoss,
  payload: { key: string; fireAt: string },
  jobId: string,
): Promise<FireOutcome> {
  const subject = parseReminderKey(payload.key);
  if (!subject) return "stale";
  const [peek] = await db.select().from(reminderSchedules).where(eq(reminderSchedules.key, payload.key));
  if (!peek) return "stale";
  return db.transaction(async (tx) => {
    await lockEventReminders(tx, peek.eventId);
    const [row] = await tx.select().from(reminderSchedules).where(eq(reminderSchedules.key, payload.key));
    if (!row || row.jobId !== jobId || row.fireAt.toISOString() !== payload.fireAt) return "stale";
    const outcome =
      subject.kind === "event"
        ? await fireEventReminder(tx, boss, row, subject.id)
        : await fireTaskReminder(tx, boss, row, subject.id);
    await tx.delete(reminderSchedules).where(eq(reminderSchedules.key, row.key));
    const after = new Date(Math.max(Date.now(), row.fireAt.getTime() + 1));
    await rescheduleEventReminders(tx, boss, row.eventId, { now: after, firingJobId: jobId });
    return outcome;
  });
}
