import { getProducerBoss, rescheduleEventReminders } from "@taqweem/api";
import { type Event, events, getDb, type NewEvent, reminderSchedules } from "@taqweem/db";
import { eq, sql } from "drizzle-orm";
import { dubaiDaysAhead } from "./clock";
import { addUser, callerFor } from "./fixtures";

export const minutes = (n: number) => n * 60_000;
export const days = (n: number) => n * 86_400_000;
export const fromNow = (ms: number) => new Date(Date.now() + ms);

export const boss = () => getProducerBoss(process.env.DATABASE_URL!);

/** A published event written straight to the table (one hour long, ten days ahead at 10:00 Dubai unless told). */
export async function insertEvent(orgId: string, overrides: Partial<NewEvent> = {}): Promise<Event> {
  const startsAt = overrides.startsAt ?? dubaiDaysAhead(10);
  const [event] = await getDb()
    .insert(events)
    .values({
      orgId,
      titleEn: "Open day",
      titleAr: "اليوم المفتوح",
      locationEn: "Main hall",
      status: "published",
      startsAt,
      endsAt: new Date(startsAt.getTime() + minutes(60)),
      ...overrides,
    })
    .returning();
  return event!;
}

/** Changes the event as the events service does: the row and its reminders in one transaction. */
export async function changeEvent(eventId: string, change: Partial<NewEvent> | "delete") {
  const producer = await boss();
  await getDb().transaction(async (tx) => {
    if (change === "delete") await tx.delete(events).where(eq(events.id, eventId));
    else await tx.update(events).set(change).where(eq(events.id, eventId));
    await rescheduleEventReminders(tx, producer, eventId);
  });
}

export async function schedulesOf(eventId: string) {
  return getDb().select().from(reminderSchedules).where(eq(reminderSchedules.eventId, eventId));
}

/** A pg-boss job as stored: its state and the time it may start. */
export async function jobOf(jobId: string) {
  const [row] = await getDb().execute<{ state: string; start_after: string; data: unknown }>(
    sql`select state, start_after::text, data from pgboss.job where id = ${jobId}`,
  );
  return row ? { state: row.state, startAfter: new Date(row.start_after), data: row.data } : null;
}

/** A department with one member (a user with the department role) and a shared mailbox. */
export async function departmentWithMember(admin: { userId: string; orgId: string }, name = "Logistics") {
  const member = await addUser(admin.orgId, "department");
  const department = await (await callerFor(admin)).departments.create({
    nameEn: `${name} ${crypto.randomUUID().slice(0, 6)}`,
    nameAr: "اللوجستيات",
    emails: [`${name.toLowerCase()}-${crypto.randomUUID().slice(0, 6)}@example.test`],
    memberIds: [member.userId],
  });
  return { department, member };
}
