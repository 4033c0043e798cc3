import { describe, expect, it } from "vitest";
import { addUser, callerFor, createOrg } from "../support/fixtures";

describe("role checks and organisation isolation", () => {
  it("refuses admin procedures to a viewer, an editor and an anonymous caller", async () => {
    const { org } = await createOrg();
    const viewer = await addUser(org.id, "viewer");
    const editor = await addUser(org.id, "editor");
    for (const member of [viewer, editor]) {
      const caller = await callerFor(member);
      await expect(caller.users.list()).rejects.toMatchObject({
        code: "FORBIDDEN",
        message: "errors.forbidden",
      });
      await expect(caller.system.overview()).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(caller.system.ping()).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(
        caller.users.create({ email: "x@example.test", name: "X", role: "admin", locale: "en" }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const anonymous = await callerFor(null);
    await expect(anonymous.me.get()).rejects.toMatchObject({
      code: "UNAUTHORIZED",
      message: "errors.unauthorized",
    });
    // A viewer may still read who they are.
    expect((await (await callerFor(viewer)).me.get()).role).toBe("viewer");
  });

  it("tells each member what their role may do, and a role change takes effect at once", async () => {
    const { org, admin } = await createOrg();
    const member = await addUser(org.id, "department");
    expect((await (await callerFor(member)).me.get()).capabilities).toEqual([
      "tasks.work",
      "departments.join",
    ]);
    await expect(
      (await callerFor(member)).categories.create({ nameEn: "Talks", nameAr: "محاضرات", color: "#2563eb" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    await (await callerFor(admin)).users.setRole({ userId: member.userId, role: "editor" });
    const asEditor = await (await callerFor(member)).me.get();
    expect(asEditor.capabilities).toContain("events.edit");
    expect(asEditor.capabilities).not.toContain("users.manage");
  });

  it("never shows or changes another organisation's users", async () => {
    const a = await createOrg("a");
    const b = await createOrg("b");
    const bViewer = await addUser(b.org.id, "viewer");
    const aAdmin = await callerFor(a.admin);

    const listed = await aAdmin.users.list();
    expect(listed.map((user) => user.id)).toEqual([a.admin.userId]);
    await expect(aAdmin.users.setRole({ userId: bViewer.userId, role: "admin" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(aAdmin.users.setActive({ userId: bViewer.userId, active: false })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const bList = await (await callerFor(b.admin)).users.list();
    expect(bList.find((user) => user.id === bViewer.userId)?.role).toBe("viewer");
    expect(bList.find((user) => user.id === bViewer.userId)?.deactivatedAt).toBeNull();
  });

  it("takes a role change or deactivation into account on the very next request", async () => {
    const { org, admin } = await createOrg();
    const editor = await addUser(org.id, "editor");
    const adminCaller = await callerFor(admin);
    await adminCaller.users.setRole({ userId: editor.userId, role: "admin" });
    await expect((await callerFor(editor)).users.list()).resolves.toHaveLength(2);
    await adminCaller.users.setActive({ userId: editor.userId, active: false });
    await expect((await callerFor(editor)).me.get()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
