import { createConnection } from "@taqweem/db";
import { type AppEvent, subscribeEvents } from "@taqweem/jobs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { callerFor, createOrg } from "../support/fixtures";
import { departmentWithMember, insertEvent } from "../support/planning";

const listener = createConnection(inject("databaseUrl"), { max: 1 });
afterAll(() => listener.sql.end());

let admin: { userId: string; orgId: string };
let member: { userId: string; orgId: string };
let departmentId: string;
beforeAll(async () => {
  admin = (await createOrg("bell")).admin;
  const created = await departmentWithMember(admin);
  member = created.member;
  departmentId = created.department.id;
});

async function assignTask(titleEn: string) {
  const event = await insertEvent(admin.orgId);
  return (await callerFor(admin)).tasks.create({
    eventId: event.id,
    departmentId,
    titleEn,
    assigneeId: member.userId,
  });
}

describe("the notification centre", () => {
  it("announces a new notification to its recipient's pages once the change commits", async () => {
    const seen: AppEvent[] = [];
    const { unlisten } = await subscribeEvents(listener.sql, (event) => seen.push(event));
    const task = await assignTask("Hire a photographer");
    await expect.poll(() => seen.filter((event) => event.type === "notification.created")).toHaveLength(1);
    const [created] = seen.filter((event) => event.type === "notification.created");
    expect(created).toMatchObject({ userId: member.userId, orgId: admin.orgId });
    const { items } = await (await callerFor(member)).notifications.list({});
    expect(items[0]).toMatchObject({ kind: "task_assigned", entityId: task.id, readAt: null });
    await unlisten();
  });

  it("counts, pages and marks as read only the reader's own notifications", async () => {
    const bell = await callerFor(member);
    await bell.notifications.markAllRead();
    for (const title of ["One", "Two", "Three"]) await assignTask(title);
    expect(await bell.notifications.unreadCount()).toEqual({ unread: 3 });

    const first = await bell.notifications.list({ limit: 2, unreadOnly: true });
    expect(first.items.map((item) => item.titleEn)).toEqual([
      "Task assigned to you: Three",
      "Task assigned to you: Two",
    ]);
    const second = await bell.notifications.list({ limit: 2, unreadOnly: true, cursor: first.nextCursor! });
    expect(second).toMatchObject({ nextCursor: null, items: [{ titleEn: "Task assigned to you: One" }] });
    expect(second.items[0]!.titleAr).toBe("أُسندت إليك مهمة: One");

    // Someone else cannot mark them.
    expect(await (await callerFor(admin)).notifications.markRead({ ids: [first.items[0]!.id] })).toEqual({
      marked: 0,
    });
    expect(await bell.notifications.markRead({ ids: [first.items[0]!.id] })).toEqual({ marked: 1 });
    expect(await bell.notifications.unreadCount()).toEqual({ unread: 2 });
    expect(await bell.notifications.markAllRead()).toEqual({ marked: 2 });
    expect(await bell.notifications.unreadCount()).toEqual({ unread: 0 });
  });
});
