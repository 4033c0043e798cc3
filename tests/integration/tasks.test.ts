import { auditLog, eventDepartments, getDb, notifications, tasks } from "@taqweem/db";
import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { dubaiWeekStart } from "../support/clock";
import { addUser, callerFor, createOrg } from "../support/fixtures";
import {
  changeEvent,
  days,
  departmentWithMember,
  fromNow,
  insertEvent,
  minutes,
  schedulesOf,
} from "../support/planning";

type Caller = Awaited<ReturnType<typeof callerFor>>;
type Member = { userId: string; orgId: string };

let admin: Member;
let adminCaller: Caller;
let deptA: { id: string };
let deptB: { id: string };
let memberA: Member;
let memberB: Member;
/** Book the hall (a week before) → set up (a day before) → clear up (an hour after the end). */
let templates: { book: string; setUp: string; clearUp: string; poster: string };

beforeAll(async () => {
  admin = (await createOrg("tasks")).admin;
  adminCaller = await callerFor(admin);
  const a = await departmentWithMember(admin, "Logistics");
  const b = await departmentWithMember(admin, "Media");
  [deptA, memberA, deptB, memberB] = [a.department, a.member, b.department, b.member];
  const template = (
    titleEn: string,
    dueAnchor: "start" | "end",
    amount: number,
    unit: "hours" | "days",
    prerequisiteIds: string[] = [],
  ) =>
    adminCaller.taskTemplates.create({
      departmentId: deptA.id,
      titleEn,
      titleAr: `${titleEn} (ar)`,
      dueAnchor,
      dueOffset: { amount, unit },
      prerequisiteIds,
    });
  const book = await template("Book the hall", "start", -7, "days");
  const setUp = await template("Set up chairs", "start", -1, "days", [book.id]);
  const clearUp = await template("Clear up", "end", 1, "hours", [setUp.id]);
  const poster = await template("Print posters", "start", -3, "days");
  templates = { book: book.id, setUp: setUp.id, clearUp: clearUp.id, poster: poster.id };
});

async function plannedEvent(templateIds = [templates.book, templates.setUp, templates.clearUp]) {
  const event = await insertEvent(admin.orgId);
  const result = await adminCaller.departments.assignToEvent({
    eventId: event.id,
    departmentId: deptA.id,
    templateIds,
  });
  const { items } = await adminCaller.tasks.list({ eventId: event.id });
  const byTemplate = (id: string) => items.find((task) => task.templateId === id)!;
  return { event, result, items, byTemplate };
}

const taskRow = async (id: string) => (await getDb().select().from(tasks).where(eq(tasks.id, id)))[0];

describe("task templates", () => {
  it("refuses a prerequisite cycle, a self-prerequisite and another department's template, changing nothing", async () => {
    await expect(
      adminCaller.taskTemplates.update({ id: templates.book, prerequisiteIds: [templates.clearUp] }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "errors.prerequisiteCycle" });
    await expect(
      adminCaller.taskTemplates.update({ id: templates.book, prerequisiteIds: [templates.book] }),
    ).rejects.toMatchObject({ message: "errors.prerequisiteInvalid" });
    const elsewhere = await adminCaller.taskTemplates.create({ departmentId: deptB.id, titleAr: "تصوير" });
    await expect(
      adminCaller.taskTemplates.update({ id: templates.poster, prerequisiteIds: [elsewhere.id] }),
    ).rejects.toMatchObject({ message: "errors.prerequisiteInvalid" });
    const [book] = await adminCaller.taskTemplates
      .list({ departmentId: deptA.id })
      .then((list) => list.filter((template) => template.id === templates.book));
    expect(book?.prerequisiteIds).toEqual([]);
  });
});

describe("assigning a department to an event", () => {
  it("creates the chosen templates' tasks with due times and prerequisites mapped to tasks", async () => {
    const { event, result, items, byTemplate } = await plannedEvent();
    expect(result).toEqual({ assigned: true, created: 3, removed: 0, kept: 0 });
    expect(items).toHaveLength(3);
    expect(byTemplate(templates.book)).toMatchObject({
      status: "pending",
      dueAt: new Date(event.startsAt.getTime() - days(7)),
    });
    expect(byTemplate(templates.setUp)).toMatchObject({
      status: "waiting",
      dueAt: new Date(event.startsAt.getTime() - days(1)),
    });
    expect(byTemplate(templates.clearUp)).toMatchObject({
      status: "waiting",
      dueAt: new Date(event.endsAt.getTime() + minutes(60)),
    });
    const setUp = await adminCaller.tasks.get({ id: byTemplate(templates.setUp).id });
    expect(setUp.prerequisites.map((task) => !task.otherDepartment && task.id)).toEqual([
      byTemplate(templates.book).id,
    ]);
    expect(setUp.dependents.map((task) => !task.otherDepartment && task.id)).toEqual([
      byTemplate(templates.clearUp).id,
    ]);
    expect(
      (await adminCaller.departments.forEvent({ eventId: event.id })).map((row) => row.departmentId),
    ).toEqual([deptA.id]);
  });

  it("writes nothing when a template is not the department's", async () => {
    const event = await insertEvent(admin.orgId);
    const foreign = await adminCaller.taskTemplates.create({ departmentId: deptB.id, titleEn: "Film it" });
    await expect(
      adminCaller.departments.assignToEvent({
        eventId: event.id,
        departmentId: deptA.id,
        templateIds: [templates.book, foreign.id],
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await getDb().select().from(tasks).where(eq(tasks.eventId, event.id))).toEqual([]);
    expect(
      await getDb().select().from(eventDepartments).where(eq(eventDepartments.eventId, event.id)),
    ).toEqual([]);
  });

  it("never deletes a task with progress or comments when the assignment changes", async () => {
    const { event, byTemplate } = await plannedEvent([
      templates.book,
      templates.setUp,
      templates.clearUp,
      templates.poster,
    ]);
    const asA = await callerFor(memberA);
    await asA.tasks.setStatus({ id: byTemplate(templates.book).id, status: "completed" });
    await asA.tasks.setStatus({ id: byTemplate(templates.setUp).id, status: "in_progress" });
    await asA.tasks.comment({ id: byTemplate(templates.clearUp).id, body: "Cleaners booked for 22:00" });

    // Dropping the posters template removes its untouched task and keeps the rest.
    const changed = await adminCaller.departments.assignToEvent({
      eventId: event.id,
      departmentId: deptA.id,
      templateIds: [templates.book, templates.setUp, templates.clearUp],
    });
    expect(changed).toMatchObject({ assigned: false, created: 0, removed: 1, kept: 0 });
    expect(await taskRow(byTemplate(templates.poster).id)).toBeUndefined();

    const removed = await adminCaller.departments.removeFromEvent({
      eventId: event.id,
      departmentId: deptA.id,
    });
    expect(removed).toEqual({ removed: 0, kept: 3 });
    expect((await taskRow(byTemplate(templates.book).id))?.status).toBe("completed");
    expect((await taskRow(byTemplate(templates.setUp).id))?.status).toBe("cancelled");
    expect((await taskRow(byTemplate(templates.clearUp).id))?.status).toBe("cancelled");
    expect(await adminCaller.departments.forEvent({ eventId: event.id })).toEqual([]);
  });

  it("moves template tasks (and their reminders) with the event, but not a due time set by hand", async () => {
    const { event, byTemplate } = await plannedEvent();
    const book = byTemplate(templates.book);
    const setUp = byTemplate(templates.setUp);
    const byHand = fromNow(days(5));
    await adminCaller.tasks.update({ id: setUp.id, dueAt: byHand });
    const startsAt = new Date(event.startsAt.getTime() + days(1));
    await changeEvent(event.id, { startsAt, endsAt: new Date(startsAt.getTime() + minutes(60)) });
    expect((await taskRow(book.id))?.dueAt).toEqual(new Date(startsAt.getTime() - days(7)));
    expect((await taskRow(setUp.id))?.dueAt).toEqual(byHand);
    const reminder = (await schedulesOf(event.id)).find((row) => row.key === `task:${book.id}`);
    expect(reminder?.fireAt).toEqual(new Date(startsAt.getTime() - days(8)));
  });
});

describe("task prerequisites", () => {
  it("keeps a task waiting until every prerequisite is completed, then makes it pending and tells its people", async () => {
    const { byTemplate } = await plannedEvent();
    const asA = await callerFor(memberA);
    const setUp = byTemplate(templates.setUp);
    await expect(asA.tasks.setStatus({ id: setUp.id, status: "in_progress" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "errors.taskBlocked",
    });
    await asA.tasks.setStatus({ id: byTemplate(templates.book).id, status: "completed" });
    expect((await taskRow(setUp.id))?.status).toBe("pending");
    expect((await taskRow(byTemplate(templates.clearUp).id))?.status).toBe("waiting");
    const told = await getDb()
      .select()
      .from(notifications)
      .where(and(eq(notifications.entityId, setUp.id), eq(notifications.kind, "task_pending")));
    expect(told.map((row) => row.userId)).toEqual([memberA.userId]);
    expect(told[0]!.titleEn).toBe("Ready to start: Set up chairs");

    // Reopening the prerequisite puts the dependent back to waiting.
    await asA.tasks.setStatus({ id: byTemplate(templates.book).id, status: "pending" });
    expect((await taskRow(setUp.id))?.status).toBe("waiting");
  });

  it("refuses a cycle between tasks", async () => {
    const { byTemplate } = await plannedEvent();
    await expect(
      adminCaller.tasks.update({
        id: byTemplate(templates.book).id,
        prerequisiteIds: [byTemplate(templates.clearUp).id],
      }),
    ).rejects.toMatchObject({ message: "errors.prerequisiteCycle" });
  });

  it("tells the assignee of an assignment and of comments by others", async () => {
    const event = await insertEvent(admin.orgId);
    const task = await adminCaller.tasks.create({
      eventId: event.id,
      departmentId: deptA.id,
      titleEn: "Order water",
      assigneeId: memberA.userId,
    });
    await adminCaller.tasks.comment({ id: task.id, body: "Two hundred bottles" });
    await (await callerFor(memberA)).tasks.comment({ id: task.id, body: "Done by Thursday" });
    const kinds = (await getDb().select().from(notifications).where(eq(notifications.entityId, task.id))).map(
      (row) => `${row.kind}:${row.userId === memberA.userId ? "assignee" : "other"}`,
    );
    expect(kinds.sort()).toEqual(["task_assigned:assignee", "task_comment:assignee"]);
    expect((await adminCaller.tasks.get({ id: task.id })).comments.map((comment) => comment.body)).toEqual([
      "Two hundred bottles",
      "Done by Thursday",
    ]);
  });
});

describe("who may do what", () => {
  it("lets a department user work only on their department's tasks, and not edit tasks or events", async () => {
    const { event, byTemplate } = await plannedEvent();
    const asB = await callerFor(memberB);
    const book = byTemplate(templates.book);
    await expect(asB.tasks.setStatus({ id: book.id, status: "completed" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(asB.tasks.comment({ id: book.id, body: "Hi" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(asB.tasks.get({ id: book.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await asB.tasks.list({ eventId: event.id })).items).toEqual([]);
    await expect(asB.tasks.update({ id: book.id, priority: "high" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      asB.events.update({ id: event.id, version: event.version, titleEn: "Mine now" }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });

    const asA = await callerFor(memberA);
    expect((await asA.tasks.list({ eventId: event.id })).items).toHaveLength(3);
    await expect(asA.tasks.setStatus({ id: book.id, status: "cancelled" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await asA.tasks.setStatus({ id: book.id, status: "in_progress" })).status).toBe("in_progress");
    const viewer = await callerFor(await addUser(admin.orgId, "viewer"));
    await expect(viewer.tasks.setStatus({ id: book.id, status: "completed" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(viewer.departments.create({ nameEn: "X", nameAr: "س" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("keeps every organisation's departments, templates, tasks and reminders to itself", async () => {
    const { event, byTemplate } = await plannedEvent();
    const outsider = (await createOrg("tasks-other")).admin;
    const them = await callerFor(outsider);
    const book = byTemplate(templates.book).id;
    await expect(them.tasks.get({ id: book })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(them.tasks.setStatus({ id: book, status: "completed" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(them.tasks.update({ id: book, priority: "low" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(them.departments.update({ id: deptA.id, nameEn: "Ours" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(them.taskTemplates.delete({ id: templates.book })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(them.reminders.forEvent({ eventId: event.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      them.departments.assignToEvent({ eventId: event.id, departmentId: deptA.id, templateIds: [] }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await them.departments.list()).toEqual([]);
    expect(await them.taskTemplates.list({})).toEqual([]);
    expect((await them.tasks.list({})).total).toBe(0);
  });

  it("only admits users with the department role as department members", async () => {
    const editor = await addUser(admin.orgId, "editor");
    await expect(
      adminCaller.departments.update({ id: deptB.id, memberIds: [memberB.userId, editor.userId] }),
    ).rejects.toMatchObject({ message: "errors.notDepartmentUser" });
    await expect(
      adminCaller.departments
        .create({ nameEn: "logistics", nameAr: "x" })
        .then(() => adminCaller.departments.create({ nameEn: "LOGISTICS", nameAr: "y" })),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "errors.departmentExists" });
    await expect(adminCaller.departments.delete({ id: deptA.id })).rejects.toMatchObject({
      message: "errors.departmentInUse",
    });
  });
});

describe("tasks linked across departments", () => {
  it("shows a department user another department's prerequisites and dependents only as such", async () => {
    const event = await insertEvent(admin.orgId);
    const film = await adminCaller.tasks.create({
      eventId: event.id,
      departmentId: deptB.id,
      titleEn: "Film the talk",
      titleAr: "تصوير المحاضرة",
      assigneeId: memberB.userId,
    });
    const setUp = await adminCaller.tasks.create({
      eventId: event.id,
      departmentId: deptA.id,
      titleEn: "Set up the room",
      prerequisiteIds: [film.id],
    });
    const edit = await adminCaller.tasks.create({
      eventId: event.id,
      departmentId: deptB.id,
      titleEn: "Edit the video",
      assigneeId: memberB.userId,
      prerequisiteIds: [setUp.id],
    });

    const seenByA = await (await callerFor(memberA)).tasks.get({ id: setUp.id });
    expect(seenByA.prerequisites).toEqual([{ otherDepartment: true, status: "pending" }]);
    expect(seenByA.dependents).toEqual([{ otherDepartment: true, status: "waiting" }]);
    const text = JSON.stringify([seenByA.prerequisites, seenByA.dependents]);
    for (const secret of ["Film", "تصوير", "Edit the video", film.id, edit.id, memberB.userId])
      expect(text).not.toContain(secret);

    // Editors and admins see every linked task in full.
    const seenByAdmin = await adminCaller.tasks.get({ id: setUp.id });
    expect(seenByAdmin.prerequisites).toEqual([
      {
        otherDepartment: false,
        id: film.id,
        titleEn: "Film the talk",
        titleAr: "تصوير المحاضرة",
        status: "pending",
      },
    ]);
    expect(seenByAdmin.dependents).toMatchObject([
      { otherDepartment: false, id: edit.id, titleEn: "Edit the video" },
    ]);
  });
});

describe("task lists", () => {
  it("filters by department, status, overdue and due this week (Monday to Sunday, org time)", async () => {
    const event = await insertEvent(admin.orgId);
    const make = (titleEn: string, dueAt: Date, departmentId = deptA.id, assigneeId: string | null = null) =>
      adminCaller.tasks.create({ eventId: event.id, departmentId, titleEn, dueAt, assigneeId });
    // Overdue yet due this week at any hour, also minutes after Monday 00:00 in Dubai.
    const weekStart = dubaiWeekStart().getTime();
    const late = await make("Late", new Date(weekStart + (Date.now() - weekStart) / 2));
    const later = await make("Later", fromNow(days(40)));
    const media = await make("Media", fromNow(days(40)), deptB.id);
    const assigned = await make("Assigned", fromNow(days(41)), deptA.id, memberA.userId);
    const ids = async (filters: Parameters<Caller["tasks"]["list"]>[0]) =>
      (await adminCaller.tasks.list({ ...filters, eventId: event.id })).items.map((task) => task.id);

    expect(await ids({ overdue: true })).toEqual([late.id]);
    expect(await ids({ dueThisWeek: true })).toEqual([late.id]);
    expect(await ids({ departmentId: deptB.id })).toEqual([media.id]);
    expect(await ids({ statuses: ["pending"] })).toEqual([late.id, later.id, media.id, assigned.id]);
    expect(await ids({ assigneeId: memberA.userId })).toEqual([assigned.id]);
    const mine = await (await callerFor(memberA)).tasks.mine({ eventId: event.id });
    expect(mine.items.map((task) => task.id)).toEqual([late.id, later.id, assigned.id]);
    expect(
      (await (await callerFor(memberB)).tasks.mine({ eventId: event.id })).items.map((task) => task.id),
    ).toEqual([media.id]);
    // A department user can only be given their own departments' tasks.
    await expect(make("Wrong", fromNow(days(1)), deptA.id, memberB.userId)).rejects.toMatchObject({
      message: "errors.invalidAssignee",
    });
    expect(mine.items.find((task) => task.id === late.id)).toMatchObject({
      overdue: true,
      department: { id: deptA.id },
    });
  });
});

describe("audit log", () => {
  it("records every create, update and delete of departments, templates and tasks", async () => {
    const department = await adminCaller.departments.create({
      nameEn: `Audit ${crypto.randomUUID()}`,
      nameAr: "تدقيق",
    });
    await adminCaller.departments.update({ id: department.id, emails: ["audit@example.test"] });
    const template = await adminCaller.taskTemplates.create({
      departmentId: department.id,
      titleEn: "Check",
    });
    await adminCaller.taskTemplates.update({ id: template.id, priority: "high" });
    const event = await insertEvent(admin.orgId);
    const task = await adminCaller.tasks.create({
      eventId: event.id,
      departmentId: department.id,
      titleEn: "Do",
    });
    await adminCaller.tasks.update({ id: task.id, priority: "urgent" });
    await adminCaller.tasks.setStatus({ id: task.id, status: "completed" });
    await adminCaller.tasks.delete({ id: task.id });
    await adminCaller.taskTemplates.delete({ id: template.id });
    await adminCaller.departments.delete({ id: department.id });

    const rows = await getDb()
      .select()
      .from(auditLog)
      .where(inArray(auditLog.entityId, [department.id, template.id, task.id]));
    expect(rows.map((row) => row.action).sort()).toEqual(
      [
        "department.create",
        "department.update",
        "department.delete",
        "task_template.create",
        "task_template.update",
        "task_template.delete",
        "task.create",
        "task.update",
        "task.status",
        "task.delete",
      ].sort(),
    );
    expect(rows.find((row) => row.action === "department.update")?.diff).toEqual({
      emails: [[], ["audit@example.test"]],
    });
    expect(rows.every((row) => row.actorId === admin.userId)).toBe(true);
  });
});
