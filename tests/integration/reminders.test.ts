import { fireReminder } from "@taqweem/api";
import {
  emailOutbox,
  events,
  getDb,
  notifications,
  reminderDeliveries,
  reminderSchedules,
  waMessages,
} from "@taqweem/db";
import { eq, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { callerFor, createOrg } from "../support/fixtures";
import {
  boss,
  changeEvent,
  days,
  departmentWithMember,
  fromNow,
  insertEvent,
  jobOf,
  minutes,
  schedulesOf,
} from "../support/planning";

let admin: { userId: string; orgId: string };
let caller: Awaited<ReturnType<typeof callerFor>>;
beforeAll(async () => {
  admin = (await createOrg("reminders")).admin;
  caller = await callerFor(admin);
});

async function onlySchedule(eventId: string) {
  const rows = await schedulesOf(eventId);
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

describe("event reminders are pg-boss jobs scheduled for their time", () => {
  it("schedules the job at the reminder's time and moves it when the event moves", async () => {
    const event = await insertEvent(admin.orgId);
    const reminder = await caller.reminders.create({
      eventId: event.id,
      offset: "day_before",
      userIds: [admin.userId],
    });
    const first = await onlySchedule(event.id);
    expect(first.fireAt).toEqual(new Date(event.startsAt.getTime() - days(1)));
    expect(await jobOf(first.jobId)).toMatchObject({
      state: "created",
      startAfter: first.fireAt,
      data: { key: `event-reminder:${reminder.id}`, fireAt: first.fireAt.toISOString() },
    });

    // The time did not change: the job stays as it is.
    await changeEvent(event.id, { titleEn: "Open day (edited)" });
    expect((await onlySchedule(event.id)).jobId).toBe(first.jobId);

    const startsAt = new Date(event.startsAt.getTime() + days(2));
    await changeEvent(event.id, { startsAt, endsAt: new Date(startsAt.getTime() + minutes(60)) });
    const moved = await onlySchedule(event.id);
    expect(moved.jobId).not.toBe(first.jobId);
    expect((await jobOf(first.jobId))?.state).toBe("cancelled");
    expect(await jobOf(moved.jobId)).toMatchObject({
      state: "created",
      startAfter: new Date(startsAt.getTime() - days(1)),
    });

    const [listed] = await caller.reminders.forEvent({ eventId: event.id });
    expect(listed).toMatchObject({ id: reminder.id, nextAt: moved.fireAt, lastSentAt: null });
  });

  it("follows the event through the events procedures (move, then cancel)", async () => {
    const event = await insertEvent(admin.orgId);
    await caller.reminders.create({ eventId: event.id, offset: "day_before", userIds: [admin.userId] });
    const first = await onlySchedule(event.id);
    const startsAt = new Date(event.startsAt.getTime() + days(3));
    const moved = await caller.events.update({
      id: event.id,
      version: event.version,
      startsAt,
      endsAt: new Date(startsAt.getTime() + minutes(60)),
    });
    const next = await onlySchedule(event.id);
    expect((await jobOf(first.jobId))?.state).toBe("cancelled");
    expect(await jobOf(next.jobId)).toMatchObject({
      state: "created",
      startAfter: new Date(startsAt.getTime() - days(1)),
    });

    await caller.events.cancel({ id: event.id, version: moved.version });
    expect(await schedulesOf(event.id)).toEqual([]);
    expect((await jobOf(next.jobId))?.state).toBe("cancelled");
  });

  it("cancels the jobs when the event is cancelled or deleted", async () => {
    const cancelled = await insertEvent(admin.orgId);
    const deleted = await insertEvent(admin.orgId);
    for (const event of [cancelled, deleted])
      await caller.reminders.create({ eventId: event.id, offset: "week_before", userIds: [admin.userId] });
    const jobs = [(await onlySchedule(cancelled.id)).jobId, (await onlySchedule(deleted.id)).jobId];

    await changeEvent(cancelled.id, { status: "cancelled" });
    await changeEvent(deleted.id, "delete");
    expect(await schedulesOf(cancelled.id)).toEqual([]);
    expect(await schedulesOf(deleted.id)).toEqual([]);
    for (const jobId of jobs) expect((await jobOf(jobId))?.state).toBe("cancelled");
  });

  it("fires at 08:00 org time on the morning of, and never for a time already past", async () => {
    // 10:00 Dubai, ten days from now.
    const day = new Date(fromNow(days(10)).toISOString().slice(0, 10));
    const event = await insertEvent(admin.orgId, { startsAt: new Date(day.getTime() + minutes(6 * 60)) });
    await caller.reminders.create({ eventId: event.id, offset: "morning_of", userIds: [admin.userId] });
    expect((await onlySchedule(event.id)).fireAt).toEqual(new Date(day.getTime() + minutes(4 * 60)));

    const soon = await insertEvent(admin.orgId, { startsAt: fromNow(days(3)) });
    await caller.reminders.create({ eventId: soon.id, offset: "week_before", userIds: [admin.userId] });
    expect(await schedulesOf(soon.id)).toEqual([]);
  });
});

describe("a firing reminder", () => {
  async function plannedReminder() {
    const { department, member } = await departmentWithMember(admin);
    const event = await insertEvent(admin.orgId);
    await caller.departments.assignToEvent({
      eventId: event.id,
      departmentId: department.id,
      templateIds: [],
    });
    const reminder = await caller.reminders.create({
      eventId: event.id,
      offset: "custom",
      customMinutesBefore: 90,
      userIds: [admin.userId],
      whatsapp: { type: "group", recipient: "120363041234567890@g.us", locale: "ar" },
    });
    const schedule = await onlySchedule(event.id);
    const payload = { key: schedule.key, fireAt: schedule.fireAt.toISOString() };
    return { event, reminder, schedule, payload, member, department };
  }

  const countFor = async (eventId: string) => {
    const db = getDb();
    const [inApp, mail, chat] = await Promise.all([
      db.select().from(notifications).where(eq(notifications.entityId, eventId)),
      db.select().from(emailOutbox).where(eq(emailOutbox.entityId, eventId)),
      db.select().from(waMessages).where(eq(waMessages.entityId, eventId)),
    ]);
    return { inApp, mail, chat };
  };

  it("goes out once to every recipient, however often its job runs", async () => {
    const { event, schedule, payload, member, department } = await plannedReminder();
    const producer = await boss();
    expect(await fireReminder(getDb(), producer, payload, schedule.jobId)).toBe("sent");
    // pg-boss retried the job (say the worker died before marking it done): nothing more goes out.
    expect(await fireReminder(getDb(), producer, payload, schedule.jobId)).toBe("stale");
    // Even a second job for the same occurrence finds every delivery recorded.
    const twin = crypto.randomUUID();
    await getDb()
      .insert(reminderSchedules)
      .values({ ...schedule, jobId: twin });
    expect(await fireReminder(getDb(), producer, payload, twin)).toBe("sent");

    const { inApp, mail, chat } = await countFor(event.id);
    expect(inApp.map((row) => row.userId).sort()).toEqual([admin.userId, member.userId].sort());
    expect(mail.map((row) => row.recipient).sort()).toEqual(
      [...department.emails, member.email, (await caller.me.get()).email].sort(),
    );
    expect(chat).toHaveLength(1);
    expect(chat[0]).toMatchObject({ purpose: "reminder", language: "ar", recipientType: "group" });
    expect(chat[0]!.body).toContain("تذكير");
    const deliveries = await getDb()
      .select()
      .from(reminderDeliveries)
      .where(like(reminderDeliveries.occurrenceKey, `${schedule.key}@%`));
    expect(deliveries).toHaveLength(inApp.length + mail.length + chat.length);
    expect(inApp[0]).toMatchObject({ kind: "event_reminder", link: `/events/${event.id}` });
    expect(inApp[0]!.titleEn).toContain("Reminder: Open day");
    expect(inApp[0]!.titleAr).toContain("تذكير: اليوم المفتوح");
  });

  it("never announces a stale time: a job left from before a move does nothing", async () => {
    const { event, schedule, payload } = await plannedReminder();
    // The event moved, but this job was already running (its schedule row is still there).
    const startsAt = new Date(event.startsAt.getTime() + days(1));
    const endsAt = new Date(startsAt.getTime() + minutes(60));
    await getDb().update(events).set({ startsAt, endsAt }).where(eq(events.id, event.id));
    expect(await fireReminder(getDb(), await boss(), payload, schedule.jobId)).toBe("stale");
    expect((await countFor(event.id)).inApp).toEqual([]);
    // It put the right job in its place.
    expect((await onlySchedule(event.id)).fireAt).toEqual(new Date(startsAt.getTime() - minutes(90)));
  });

  it("never announces a cancelled event", async () => {
    const { event, schedule, payload } = await plannedReminder();
    await getDb().update(events).set({ status: "cancelled" }).where(eq(events.id, event.id));
    expect(await fireReminder(getDb(), await boss(), payload, schedule.jobId)).toBe("skipped");
    expect((await countFor(event.id)).inApp).toEqual([]);
    expect(await schedulesOf(event.id)).toEqual([]);
  });
});
