import { emailOutbox, getDb, tasks, waMessages, waSessions } from "@taqweem/db";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { dubaiDaysAhead, dubaiMonthDay, dubaiWeekStart } from "../support/clock";
import { addUser, callerFor, createOrg } from "../support/fixtures";
import { days, departmentWithMember, fromNow, insertEvent, minutes } from "../support/planning";

type Caller = Awaited<ReturnType<typeof callerFor>>;
type Member = { userId: string; orgId: string };

const hours = (n: number) => minutes(n * 60);
const forbidden = { code: "FORBIDDEN", message: "errors.forbidden" };

/** An organisation with an admin, an editor and a department user (member of `department`). */
async function team(label: string) {
  const { admin } = await createOrg(label);
  const { department, member } = await departmentWithMember(admin, "Logistics");
  const editor = await addUser(admin.orgId, "editor");
  return {
    admin: admin as Member,
    department,
    member: member as Member,
    adminCaller: await callerFor(admin),
    editorCaller: await callerFor(editor),
    memberCaller: await callerFor(member),
  };
}

describe("dashboard: who receives which section", () => {
  let adminCaller: Caller;
  let editorCaller: Caller;
  let memberCaller: Caller;
  beforeAll(async () => {
    ({ adminCaller, editorCaller, memberCaller } = await team("dash-access"));
  });

  it("answers everyone's sections to all three, the planning overview to admin and editor, the rest to the admin", async () => {
    for (const caller of [adminCaller, editorCaller, memberCaller]) {
      await expect(caller.dashboard.agenda()).resolves.toBeTruthy();
      await expect(caller.dashboard.myTasks()).resolves.toBeTruthy();
      await expect(caller.dashboard.eventsPerMonth()).resolves.toBeTruthy();
    }
    for (const caller of [adminCaller, editorCaller]) {
      await expect(caller.dashboard.overdueByDepartment()).resolves.toEqual([]);
      await expect(caller.dashboard.unassignedEvents()).resolves.toMatchObject({ items: [], total: 0 });
    }
    await expect(memberCaller.dashboard.overdueByDepartment()).rejects.toMatchObject(forbidden);
    await expect(memberCaller.dashboard.unassignedEvents()).rejects.toMatchObject(forbidden);
    for (const caller of [editorCaller, memberCaller]) {
      await expect(caller.dashboard.whatsappAttention()).rejects.toMatchObject(forbidden);
      await expect(caller.dashboard.failedEmails()).rejects.toMatchObject(forbidden);
      await expect(caller.dashboard.failedWhatsApp()).rejects.toMatchObject(forbidden);
    }
    await expect(adminCaller.dashboard.whatsappAttention()).resolves.toEqual([]);
    await expect(adminCaller.dashboard.failedEmails()).resolves.toMatchObject({ items: [], total: 0 });
    await expect(adminCaller.dashboard.failedWhatsApp()).resolves.toMatchObject({ items: [], total: 0 });
    await expect((await callerFor(null)).dashboard.agenda()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe("dashboard: today and this week", () => {
  it("lists today's occurrences and the week's, Monday to Sunday in Dubai, recurring events once per occurrence", async () => {
    const { admin, memberCaller } = await team("dash-agenda");
    const monday = dubaiWeekStart();
    const at = (day: number, hour: number) => new Date(monday.getTime() + days(day) + hours(hour));
    const todayIndex = Math.floor((dubaiDaysAhead(0, "12:00").getTime() - monday.getTime()) / days(1));
    const otherDay = todayIndex === 0 ? 1 : 0;
    const today = await insertEvent(admin.orgId, { titleEn: "Today's talk", startsAt: at(todayIndex, 10) });
    const other = await insertEvent(admin.orgId, { titleEn: "Other day", startsAt: at(otherDay, 9) });
    const daily = await insertEvent(admin.orgId, {
      titleEn: "Daily stand-up",
      startsAt: at(0, 8),
      endsAt: at(0, 8.25),
      rrule: "FREQ=DAILY;COUNT=10",
      recurrenceEndsAt: at(9, 8.25),
    });
    await insertEvent(admin.orgId, {
      titleEn: "Cancelled",
      startsAt: at(todayIndex, 11),
      status: "cancelled",
    });
    await insertEvent(admin.orgId, { titleEn: "Next week", startsAt: at(7, 10) });
    await insertEvent(admin.orgId, { titleEn: "Last Sunday", startsAt: at(-1, 10) });

    const agenda = await memberCaller.dashboard.agenda();
    expect(agenda.timeZone).toBe("Asia/Dubai");
    expect(agenda.week.from).toEqual(monday);
    expect(agenda.week.to).toEqual(at(7, 0));
    expect(agenda.today.from).toEqual(at(todayIndex, 0));
    expect(agenda.today.items.map((item) => [item.eventId, item.start])).toEqual([
      [daily.id, at(todayIndex, 8)],
      [today.id, at(todayIndex, 10)],
    ]);
    // Seven daily occurrences (the other three fall next week), the two single events.
    const week = agenda.week.items.map((item) => [item.eventId, item.start.getTime()]);
    expect(agenda.week.total).toBe(9);
    expect(week.filter(([id]) => id === daily.id)).toHaveLength(7);
    expect(week).toContainEqual([other.id, at(otherDay, 9).getTime()]);
    expect(week).toContainEqual([today.id, at(todayIndex, 10).getTime()]);
    expect(agenda.week.items.every((item) => item.status !== "cancelled")).toBe(true);
  });
});

describe("dashboard: my open tasks", () => {
  it("lists the department user's open tasks overdue first, then by due date, undated last", async () => {
    const { admin, adminCaller, department, memberCaller } = await team("dash-tasks");
    const elsewhere = await departmentWithMember(admin, "Media");
    const event = await insertEvent(admin.orgId);
    const task = (titleEn: string, dueAt: Date | null, departmentId = department.id) =>
      adminCaller.tasks.create({ eventId: event.id, departmentId, titleEn, dueAt });
    const later = await task("Print the badges", dubaiDaysAhead(3));
    const undated = await task("Thank the speakers", null);
    const late = await task("Book the hall", dubaiDaysAhead(-2));
    const lateToo = await task("Order the chairs", dubaiDaysAhead(-1));
    const done = await task("Send the invitations", dubaiDaysAhead(-3));
    await getDb().update(tasks).set({ status: "completed" }).where(eq(tasks.id, done.id));
    await task("Film the talk", dubaiDaysAhead(-3), elsewhere.department.id);

    const mine = await memberCaller.dashboard.myTasks();
    expect(mine.items.map((item) => [item.id, item.overdue])).toEqual([
      [late.id, true],
      [lateToo.id, true],
      [later.id, false],
      [undated.id, false],
    ]);
    expect(mine).toMatchObject({ total: 4, overdueTotal: 2 });
    expect(mine.items[0]).toMatchObject({ event: { id: event.id }, department: { id: department.id } });

    // The admin is assigned none of them: unassigned tasks are their departments' members' work.
    expect(await adminCaller.dashboard.myTasks()).toMatchObject({ items: [], total: 0, overdueTotal: 0 });
  });
});

describe("dashboard: planning overview", () => {
  it("counts each department's overdue open tasks, the most behind first, in this organisation only", async () => {
    const { admin, adminCaller, editorCaller, department } = await team("dash-overdue");
    const media = (await departmentWithMember(admin, "Media")).department;
    const event = await insertEvent(admin.orgId);
    const task = (departmentId: string, dueAt: Date) =>
      adminCaller.tasks.create({ eventId: event.id, departmentId, titleEn: "Task", dueAt });
    await task(media.id, dubaiDaysAhead(-1));
    await task(media.id, dubaiDaysAhead(-4));
    await task(department.id, dubaiDaysAhead(-2));
    await task(department.id, dubaiDaysAhead(2));
    const cancelled = await task(department.id, dubaiDaysAhead(-2));
    await getDb().update(tasks).set({ status: "cancelled" }).where(eq(tasks.id, cancelled.id));
    const stranger = await team("dash-overdue-other");
    const strangerEvent = await insertEvent(stranger.admin.orgId);
    await stranger.adminCaller.tasks.create({
      eventId: strangerEvent.id,
      departmentId: stranger.department.id,
      titleEn: "Elsewhere",
      dueAt: dubaiDaysAhead(-1),
    });

    expect(await editorCaller.dashboard.overdueByDepartment()).toEqual([
      { departmentId: media.id, nameEn: media.nameEn, nameAr: media.nameAr, overdue: 2 },
      { departmentId: department.id, nameEn: department.nameEn, nameAr: department.nameAr, overdue: 1 },
    ]);
  });

  it("lists events of the next 30 days without a department, each once at its next occurrence", async () => {
    const { admin, adminCaller, department } = await team("dash-unassigned");
    const soon = await insertEvent(admin.orgId, { titleEn: "Soon", startsAt: dubaiDaysAhead(2) });
    const edge = await insertEvent(admin.orgId, { titleEn: "Day 29", startsAt: dubaiDaysAhead(29) });
    await insertEvent(admin.orgId, { titleEn: "Day 31", startsAt: dubaiDaysAhead(31) });
    await insertEvent(admin.orgId, { titleEn: "Over", startsAt: dubaiDaysAhead(-2) });
    await insertEvent(admin.orgId, { titleEn: "Off", startsAt: dubaiDaysAhead(3), status: "cancelled" });
    const planned = await insertEvent(admin.orgId, { titleEn: "Planned", startsAt: dubaiDaysAhead(4) });
    await adminCaller.departments.assignToEvent({
      eventId: planned.id,
      departmentId: department.id,
      templateIds: [],
    });
    const weekly = await insertEvent(admin.orgId, {
      titleEn: "Weekly club",
      startsAt: dubaiDaysAhead(-20),
      rrule: "FREQ=WEEKLY",
    });

    const before = Date.now();
    const unassigned = await adminCaller.dashboard.unassignedEvents();
    expect(unassigned.to.getTime() - unassigned.from.getTime()).toBe(days(30));
    expect(unassigned.items.map((item) => item.eventId)).toEqual(
      expect.arrayContaining([soon.id, edge.id, weekly.id]),
    );
    expect(unassigned.total).toBe(3);
    const club = unassigned.items.find((item) => item.eventId === weekly.id)!;
    // Its next occurrence: within a week, on the weekday it started on, at 10:00 Dubai.
    expect(club.start.getTime()).toBeGreaterThan(before - hours(1));
    expect(club.start.getTime()).toBeLessThanOrEqual(before + days(7));
    expect((club.start.getTime() - weekly.startsAt.getTime()) % days(7)).toBe(0);
  });
});

describe("dashboard: WhatsApp and e-mail that need attention", () => {
  it("lists numbers not connected or paused, and failures of the last 24 hours only", async () => {
    const { admin, adminCaller } = await team("dash-failures");
    const db = getDb();
    const orgId = admin.orgId;
    const sessions = await db
      .insert(waSessions)
      .values([
        { orgId, name: "A connected", status: "connected" },
        {
          orgId,
          name: "B paused",
          status: "connected",
          sendingPausedAt: fromNow(-hours(1)),
          sendingPausedReason: "restricted_463",
        },
        { orgId, name: "C logged out", status: "logged_out" },
        { orgId, name: "D never linked" },
      ])
      .returning();
    expect((await adminCaller.dashboard.whatsappAttention()).map((session) => session.id)).toEqual(
      sessions.slice(1).map((session) => session.id),
    );

    const email = (failedAt: Date | null, status: "failed" | "sent" = "failed") => ({
      orgId,
      idempotencyKey: crypto.randomUUID(),
      recipient: "someone@example.test",
      locale: "en" as const,
      subject: `Reminder ${failedAt?.toISOString()}`,
      html: "<p>Hi</p>",
      text: "Hi",
      purpose: "reminder",
      status,
      failedAt,
    });
    const mails = await db
      .insert(emailOutbox)
      .values([
        email(fromNow(-hours(2))),
        email(fromNow(-hours(23))),
        email(fromNow(-hours(25))),
        email(null, "sent"),
      ])
      .returning();
    const failedMail = await adminCaller.dashboard.failedEmails();
    expect(failedMail.items.map((mail) => mail.id)).toEqual([mails[0]!.id, mails[1]!.id]);
    expect(failedMail.total).toBe(2);

    const message = (failedAt: Date | null, status: "failed" | "sent" = "failed") => ({
      orgId,
      recipientType: "contact" as const,
      recipient: "+971501234567",
      body: "Hello",
      purpose: "reminder",
      status,
      error: status === "failed" ? "invalid_phone" : null,
      failedAt,
    });
    const messages = await db
      .insert(waMessages)
      .values([message(fromNow(-hours(25))), message(fromNow(-hours(1))), message(null, "sent")])
      .returning();
    expect(await adminCaller.dashboard.failedWhatsApp()).toMatchObject({
      items: [{ id: messages[1]!.id, error: "invalid_phone", recipient: "+971501234567" }],
      total: 1,
    });
  });
});

describe("dashboard: events per month", () => {
  it("counts occurrences per Dubai month over twelve months by category, recurring events once per occurrence", async () => {
    const { admin, adminCaller, memberCaller } = await team("dash-months");
    const talks = await adminCaller.categories.create({
      nameEn: "Talks",
      nameAr: "محاضرات",
      color: "#2563eb",
    });
    await adminCaller.categories.create({ nameEn: "Unused", nameAr: "غير مستخدمة", color: "#16a34a" });
    const first = dubaiMonthDay(1, 15);
    const fifth = dubaiMonthDay(5, 1);
    // Monthly on the 15th, three times: months 1, 2 and 3.
    await adminCaller.events.create({
      titleEn: "Monthly talk",
      startsAt: first.at,
      endsAt: new Date(first.at.getTime() + hours(1)),
      categoryId: talks.id,
      rrule: "FREQ=MONTHLY;COUNT=3",
    });
    // Weekly from the 1st, four times: all in month 5.
    await adminCaller.events.create({
      titleEn: "Weekly workshop",
      startsAt: fifth.at,
      endsAt: new Date(fifth.at.getTime() + hours(2)),
      categoryId: talks.id,
      rrule: "FREQ=WEEKLY;COUNT=4",
    });
    await insertEvent(admin.orgId, { titleEn: "No category", startsAt: dubaiMonthDay(2, 3).at });
    await insertEvent(admin.orgId, {
      titleEn: "Cancelled",
      startsAt: dubaiMonthDay(2, 4).at,
      status: "cancelled",
      categoryId: talks.id,
    });
    await insertEvent(admin.orgId, {
      titleEn: "Too far",
      startsAt: dubaiMonthDay(12, 2).at,
      categoryId: talks.id,
    });
    await insertEvent(admin.orgId, {
      titleEn: "Last month",
      startsAt: dubaiMonthDay(-1, 20).at,
      categoryId: talks.id,
    });

    const chart = await memberCaller.dashboard.eventsPerMonth();
    expect(chart.months.map((month) => month.month)).toEqual(
      Array.from({ length: 12 }, (_, index) => dubaiMonthDay(index, 1).key),
    );
    expect(chart.months.map((month) => month.counts)).toEqual([
      {},
      { [talks.id]: 1 },
      { [talks.id]: 1, none: 1 },
      { [talks.id]: 1 },
      {},
      { [talks.id]: 4 },
      {},
      {},
      {},
      {},
      {},
      {},
    ]);
    expect(chart.categories).toEqual([
      { id: talks.id, nameEn: "Talks", nameAr: "محاضرات", color: "#2563eb" },
    ]);
    expect(chart).toMatchObject({ hasUncategorised: true, truncated: false, timeZone: "Asia/Dubai" });
  });
});
