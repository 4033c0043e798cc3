import { auditLog, getDb, memberships } from "@taqweem/db";
import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { addUser, callerFor, createOrg } from "../support/fixtures";

describe("users router", () => {
  it("creates, re-roles, deactivates and reactivates users, recording each step in audit_log", async () => {
    const { org, admin } = await createOrg();
    const caller = await callerFor(admin);
    const created = await caller.users.create({
      email: "New.Person@Example.test",
      name: "New Person",
      role: "editor",
      locale: "ar",
    });
    expect(created.temporaryPassword).toMatch(/^[A-Za-z0-9]{16}$/);

    const listed = await caller.users.list();
    const person = listed.find((user) => user.id === created.userId)!;
    expect(person).toMatchObject({
      email: "new.person@example.test",
      role: "editor",
      locale: "ar",
      deactivatedAt: null,
    });

    await caller.users.setRole({ userId: created.userId, role: "department" });
    await caller.users.setActive({ userId: created.userId, active: false });
    await caller.users.setActive({ userId: created.userId, active: true });

    const entries = await getDb()
      .select({
        action: auditLog.action,
        actorId: auditLog.actorId,
        entityId: auditLog.entityId,
        diff: auditLog.diff,
      })
      .from(auditLog)
      .where(eq(auditLog.orgId, org.id))
      .orderBy(asc(auditLog.at));
    const mine = entries.filter((entry) => entry.entityId === created.userId);
    expect(mine.map((entry) => entry.action)).toEqual([
      "user.create",
      "user.role",
      "user.deactivate",
      "user.reactivate",
    ]);
    expect(mine.every((entry) => entry.actorId === admin.userId)).toBe(true);
    expect(mine[1]!.diff).toEqual({ role: ["editor", "department"] });
  });

  it("refuses a second membership for the same e-mail, and writes nothing", async () => {
    const { org, admin } = await createOrg();
    const caller = await callerFor(admin);
    const existing = await addUser(org.id, "viewer");
    await expect(
      caller.users.create({ email: existing.email.toUpperCase(), name: "Dup", role: "viewer", locale: "en" }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "errors.userExists" });
    expect(await caller.users.list()).toHaveLength(2);
  });

  it("does not let admins change themselves", async () => {
    const { admin } = await createOrg();
    const caller = await callerFor(admin);
    await expect(caller.users.setRole({ userId: admin.userId, role: "viewer" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "errors.cannotChangeSelf",
    });
    await expect(caller.users.setActive({ userId: admin.userId, active: false })).rejects.toMatchObject({
      message: "errors.cannotChangeSelf",
    });
  });

  it("keeps one active admin when two admins demote each other at the same moment", async () => {
    const { org, admin } = await createOrg();
    const other = await addUser(org.id, "admin");
    const [first, second] = [await callerFor(admin), await callerFor(other)];
    const results = await Promise.allSettled([
      first.users.setRole({ userId: other.userId, role: "viewer" }),
      second.users.setActive({ userId: admin.userId, active: false }),
    ]);
    const rejected = results.filter((result) => result.status === "rejected");
    expect(rejected).toHaveLength(1);
    expect((rejected[0] as PromiseRejectedResult).reason).toMatchObject({ message: "errors.lastAdmin" });
    const admins = (await getDb().select().from(memberships).where(eq(memberships.orgId, org.id))).filter(
      (member) => member.role === "admin" && member.deactivatedAt === null,
    );
    expect(admins).toHaveLength(1);
  });
});
