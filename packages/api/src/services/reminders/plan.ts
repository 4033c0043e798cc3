import { type Event, eventReminders, tasks } from "@taqweem/db";
import { and, eq, isNotNull, notInArray } from "drizzle-orm";
import type { Executor } from "../tx";
import { nextReminder } from "./timing";

/** A reminder job that should exist: its key, when it fires and what it is about. */
export interface PlannedReminder {
  key: string;
  fireAt: Date;
  /** Start of the occurrence, or the task's due time. */
  subjectAt: Date;
}

export const eventReminderKey = (reminderId: string) => `event-reminder:${reminderId}`;
export const taskReminderKey = (taskId: string) => `task:${taskId}`;

export function parseReminderKey(key: string): { kind: "event" | "task"; id: string } | null {
  const [prefix, id] = key.split(":");
  if (!id) return null;
  if (prefix === "event-reminder") return { kind: "event", id };
  if (prefix === "task") return { kind: "task", id };
  return null;
}

export const taskReminderAt = (dueAt: Date, remindBeforeMinutes: number) =>
  new Date(dueAt.getTime() - remindBeforeMinutes * 60_000);

/** Every reminder of the event still to fire after `now`: its own reminders and its open tasks'. */
export async function planReminders(
  db: Executor,
  event: Event,
  orgTimeZone: string,
  now: Date,
): Promise<PlannedReminder[]> {
  if (event.status === "cancelled") return [];
  const [reminders, dueTasks] = await Promise.all([
    db.select().from(eventReminders).where(eq(eventReminders.eventId, event.id)),
    db
      .select({ id: tasks.id, dueAt: tasks.dueAt, remindBeforeMinutes: tasks.remindBeforeMinutes })
      .from(tasks)
      .where(
        and(
          eq(tasks.eventId, event.id),
          isNotNull(tasks.dueAt),
          isNotNull(tasks.remindBeforeMinutes),
          notInArray(tasks.status, ["completed", "cancelled"]),
        ),
      ),
  ]);
  const planned: PlannedReminder[] = [];
  for (const reminder of reminders) {
    const next = nextReminder(reminder, event, orgTimeZone, now);
    if (next)
      planned.push({
        key: eventReminderKey(reminder.id),
        fireAt: next.fireAt,
        subjectAt: next.occurrenceStart,
      });
  }
  for (const task of dueTasks) {
    const fireAt = taskReminderAt(task.dueAt!, task.remindBeforeMinutes!);
    if (fireAt > now) planned.push({ key: taskReminderKey(task.id), fireAt, subjectAt: task.dueAt! });
  }
  return planned;
}
