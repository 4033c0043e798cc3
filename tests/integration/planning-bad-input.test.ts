import { getDb } from "@taqweem/db";
import { beforeAll, describe, expect, it } from "vitest";
import { createOrg } from "../support/fixtures";
import { type BadInput, callOverHttp, expectRefused, type HttpCaller } from "../support/trpc-http";

let caller: HttpCaller;
beforeAll(async () => {
  caller = { db: getDb(), databaseUrl: process.env.DATABASE_URL!, identity: (await createOrg()).admin };
});

const id = crypto.randomUUID();
const department = { nameEn: "Logistics", nameAr: "اللوجستيات" };
const template = { departmentId: id, titleEn: "Book the hall" };
const task = { eventId: id, departmentId: id, titleEn: "Order water" };
const reminder = { eventId: id, offset: "day_before" };

// Every procedure of departments, templates, tasks, reminders, notifications and the mailbox that
// takes input, with inputs a browser could send that must be refused (with the field at fault).
const badInputs: BadInput[] = [
  ["query", "departments.forEvent", { eventId: "1" }, "eventId"],
  ["mutation", "departments.create", { ...department, nameEn: " " }, "nameEn"],
  ["mutation", "departments.create", { ...department, nameAr: "x".repeat(121) }, "nameAr", "errors.tooLong"],
  ["mutation", "departments.create", { ...department, emails: ["not-an-address"] }, "emails"],
  ["mutation", "departments.create", { ...department, locale: "fr" }, "locale"],
  [
    "mutation",
    "departments.create",
    { ...department, whatsapp: { type: "group", recipient: "12345" } },
    "whatsapp",
  ],
  [
    "mutation",
    "departments.create",
    { ...department, whatsapp: { type: "contact", recipient: "call me" } },
    "whatsapp",
  ],
  ["mutation", "departments.create", { ...department, memberIds: ["me"] }, "memberIds"],
  ["mutation", "departments.create", null],
  ["mutation", "departments.update", { id: "x", nameEn: "A" }, "id"],
  ["mutation", "departments.update", { id, emails: "a@b.test" }, "emails"],
  ["mutation", "departments.delete", {}, "id"],
  ["mutation", "departments.assignToEvent", { eventId: id, departmentId: id }, "templateIds"],
  [
    "mutation",
    "departments.assignToEvent",
    { eventId: id, departmentId: id, templateIds: ["t1"] },
    "templateIds",
  ],
  ["mutation", "departments.removeFromEvent", { eventId: id }, "departmentId"],
  ["query", "taskTemplates.list", { departmentId: "x" }, "departmentId"],
  ["mutation", "taskTemplates.create", { departmentId: id }, "titleEn", "errors.titleRequired"],
  [
    "mutation",
    "taskTemplates.create",
    { ...template, dueOffset: { amount: 1.5, unit: "days" } },
    "dueOffset",
  ],
  ["mutation", "taskTemplates.create", { ...template, dueOffset: { amount: 2, unit: "weeks" } }, "dueOffset"],
  [
    "mutation",
    "taskTemplates.create",
    { ...template, dueOffset: { amount: -400, unit: "days" } },
    "dueOffset",
  ],
  ["mutation", "taskTemplates.create", { ...template, dueAnchor: "middle" }, "dueAnchor"],
  ["mutation", "taskTemplates.create", { ...template, priority: "top" }, "priority"],
  ["mutation", "taskTemplates.create", { ...template, prerequisiteIds: ["first"] }, "prerequisiteIds"],
  ["mutation", "taskTemplates.update", { id, dueOffset: { amount: 5 } }, "dueOffset"],
  ["mutation", "taskTemplates.delete", { id: 5 }, "id"],
  ["query", "tasks.list", { statuses: ["done"] }, "statuses"],
  ["query", "tasks.list", { limit: 0 }, "limit"],
  ["query", "tasks.list", { limit: 1000 }, "limit"],
  ["query", "tasks.list", { overdue: "yes" }, "overdue"],
  ["query", "tasks.mine", { offset: -1 }, "offset"],
  ["query", "tasks.get", { id: "x" }, "id"],
  ["mutation", "tasks.create", { eventId: id, departmentId: id }, "titleEn", "errors.titleRequired"],
  ["mutation", "tasks.create", { ...task, dueAt: "tomorrow" }, "dueAt"],
  ["mutation", "tasks.create", { ...task, remindBeforeMinutes: -5 }, "remindBeforeMinutes"],
  ["mutation", "tasks.create", { ...task, assigneeId: "me" }, "assigneeId"],
  ["mutation", "tasks.create", { ...task, titleEn: "x".repeat(201) }, "titleEn", "errors.tooLong"],
  ["mutation", "tasks.update", { id, priority: "meh" }, "priority"],
  ["mutation", "tasks.update", { id, remindBeforeMinutes: 10_000_000 }, "remindBeforeMinutes"],
  ["mutation", "tasks.delete", {}, "id"],
  ["mutation", "tasks.setStatus", { id, status: "waiting" }, "status"],
  ["mutation", "tasks.setStatus", { id, status: "done" }, "status"],
  ["mutation", "tasks.comment", { id, body: "   " }, "body"],
  ["mutation", "tasks.comment", { id, body: "x".repeat(5001) }, "body", "errors.tooLong"],
  ["query", "reminders.forEvent", { eventId: null }, "eventId"],
  ["mutation", "reminders.create", { ...reminder, offset: "custom" }, "customMinutesBefore"],
  ["mutation", "reminders.create", { ...reminder, customMinutesBefore: 10 }, "customMinutesBefore"],
  [
    "mutation",
    "reminders.create",
    { ...reminder, offset: "custom", customMinutesBefore: 0 },
    "customMinutesBefore",
  ],
  ["mutation", "reminders.create", { ...reminder, offset: "fortnight" }, "offset"],
  ["mutation", "reminders.create", { ...reminder, toDepartments: false }, "toDepartments"],
  ["mutation", "reminders.create", { ...reminder, userIds: ["x"] }, "userIds"],
  [
    "mutation",
    "reminders.create",
    { ...reminder, whatsapp: { type: "group", recipient: "family chat", locale: "ar" } },
    "whatsapp",
  ],
  [
    "mutation",
    "reminders.create",
    { ...reminder, whatsapp: { type: "group", recipient: "120363041234567890@g.us" } },
    "whatsapp",
  ],
  [
    "mutation",
    "reminders.update",
    { id, offset: "custom", customMinutesBefore: null },
    "customMinutesBefore",
  ],
  ["mutation", "reminders.update", { id: "x" }, "id"],
  ["mutation", "reminders.delete", {}, "id"],
  ["query", "notifications.list", { limit: 0 }, "limit"],
  ["query", "notifications.list", { cursor: { createdAt: "now", id } }, "cursor"],
  ["mutation", "notifications.markRead", { ids: [] }, "ids"],
  ["mutation", "notifications.markRead", { ids: ["x"] }, "ids"],
  ["query", "mailbox.list", { status: "bounced" }, "status"],
  ["query", "mailbox.get", { id: "x" }, "id"],
];

describe("bad input to the planning procedures", () => {
  it.each(badInputs)("%s %s refuses %j with 400 and a translatable key", (...badInput) =>
    expectRefused(caller, ...badInput),
  );

  it("answers good input over the same path", async () => {
    const created = await callOverHttp(caller, "mutation", "departments.create", department);
    expect(created.status).toBe(200);
    const list = await callOverHttp(caller, "query", "tasks.list", { overdue: true });
    expect(list.data).toEqual({ items: [], total: 0 });
  });
});
