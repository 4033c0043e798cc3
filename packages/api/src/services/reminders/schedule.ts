import { events, organisations, reminderSchedules, tasks } from "@taqweem/db";
import { fromDrizzle, reminderFireQueue, sendJob } from "@taqweem/jobs";
import { and, eq, isNotNull, sql } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { Tx } from "../tx";
import { planReminders } from "./plan";

/** Serialises everything that changes an event's reminder jobs (edits and firing jobs). */
export async function lockEventReminders(tx: Tx, eventId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`reminders:${eventId}`}))`);
}

/** Tasks made from templates keep their due time at the same distance from the event's start or end. */
async function followEventTimes(tx: Tx, eventId: string): Promise<void> {
  await tx
    .update(tasks)
    .set({
      dueAt: sql`(case when ${tasks.dueAnchor} = 'start' then ${events.startsAt} else ${events.endsAt} end)
        + make_interval(mins => ${tasks.dueOffsetMinutes})`,
    })
    .from(events)
    .where(and(eq(tasks.eventId, eventId), eq(events.id, eventId), isNotNull(tasks.dueAnchor)));
}

export interface RescheduleOptions {
  /** Plan from this time on (default: now). */
  now?: Date;
  /** The reminder job running this call: it is finishing, so it is not cancelled. */
  firingJobId?: string;
}

/**
 * Brings an event's reminder jobs in line with the event as it now is: call it in the transaction
 * that creates, moves, edits, cancels or deletes the event (or its reminders or tasks). Jobs that
 * no longer fit are cancelled, missing ones are sent with `startAfter` set to their time, and jobs
 * still right are left alone. Tasks made from templates move with the event. After a delete (or a
 * cancel) every job is cancelled.
 */
export async function rescheduleEventReminders(
  tx: Tx,
  boss: PgBoss,
  eventId: string,
  options: RescheduleOptions = {},
): Promise<void> {
  const now = options.now ?? new Date();
  await lockEventReminders(tx, eventId);
  await followEventTimes(tx, eventId);
  const [found] = await tx
    .select({ event: events, timeZone: organisations.timeZone })
    .from(events)
    .innerJoin(organisations, eq(organisations.id, events.orgId))
    .where(eq(events.id, eventId));
  const planned = found ? await planReminders(tx, found.event, found.timeZone, now) : [];
  const wanted = new Map(planned.map((reminder) => [reminder.key, reminder]));
  const db = fromDrizzle(tx, sql);

  const existing = await tx.select().from(reminderSchedules).where(eq(reminderSchedules.eventId, eventId));
  for (const row of existing) {
    const want = wanted.get(row.key);
    if (
      want &&
      want.fireAt.getTime() === row.fireAt.getTime() &&
      want.subjectAt.getTime() === row.subjectAt.getTime()
    ) {
      wanted.delete(row.key);
      continue;
    }
    if (row.jobId !== options.firingJobId) await boss.cancel(reminderFireQueue.name, row.jobId, { db });
    await tx.delete(reminderSchedules).where(eq(reminderSchedules.key, row.key));
  }
  if (!found) return;
  for (const want of wanted.values()) {
    const jobId = await sendJob(
      boss,
      reminderFireQueue,
      { key: want.key, fireAt: want.fireAt.toISOString() },
      { startAfter: want.fireAt, db },
    );
    await tx.insert(reminderSchedules).values({ ...want, orgId: found.event.orgId, eventId, jobId });
  }
}
