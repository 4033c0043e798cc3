import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { verifyLogin } from "@taqweem/api";
import { getDb, users } from "@taqweem/db";
import { eq } from "drizzle-orm";
import { describe, expect, inject, it } from "vitest";
import { addUser, callerFor, createOrg } from "../support/fixtures";

const root = path.resolve(import.meta.dirname, "../..");
const messages = (locale: "en" | "ar") =>
  JSON.parse(readFileSync(path.join(root, `apps/web/messages/${locale}.json`), "utf8")) as {
    errors: Record<string, string>;
  };
const newPassword = "olive-harbour-lantern-7";
const march = { from: new Date("2026-03-01T00:00:00Z"), to: new Date("2026-04-01T00:00:00Z") };

/** A session as the web app would hold it after signing in now: the user's current version. */
async function signIn(email: string, password: string) {
  const result = await verifyLogin(getDb(), { email, password, ip: null });
  if (!result.ok) throw new Error(`sign-in refused: ${result.reason}`);
  return { userId: result.userId, orgId: result.orgId, sessionVersion: result.sessionVersion };
}

describe("changing a password", () => {
  it("ends the user's other sessions at their next request; the new password signs in", async () => {
    const { org } = await createOrg();
    const user = await addUser(org.id, "editor");
    const here = await signIn(user.email, user.password);
    const elsewhere = await signIn(user.email, user.password);
    await expect((await callerFor(elsewhere)).me.get()).resolves.toMatchObject({ userId: user.userId });

    await (await callerFor(here)).me.changePassword({ currentPassword: user.password, newPassword });

    await expect((await callerFor(elsewhere)).events.range(march)).rejects.toMatchObject({
      code: "UNAUTHORIZED",
      message: "errors.unauthorized",
    });
    await expect((await callerFor(elsewhere)).me.get()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(
      await verifyLogin(getDb(), { email: user.email, password: user.password, ip: null }),
    ).toMatchObject({
      ok: false,
    });
    // The session that changed it signs in again with the new password, as the web app does.
    const renewed = await signIn(user.email, newPassword);
    expect(renewed.sessionVersion).toBe(here.sessionVersion + 1);
    expect(await (await callerFor(renewed)).me.get()).toMatchObject({ mustChangePassword: false });
  });

  it.each([
    ["too short", "short-pass", "errors.passwordTooShort"],
    ["the e-mail address", "EMAIL", "errors.passwordIsEmail"],
    ["a common password", "qwerty123456", "errors.passwordCommon"],
  ])("refuses %s with a translated message and changes nothing", async (_case, candidate, key) => {
    const { org } = await createOrg();
    const user = await addUser(org.id, "viewer");
    const chosen = candidate === "EMAIL" ? user.email.toUpperCase() : candidate;
    const caller = await callerFor(user);
    await expect(
      caller.me.changePassword({ currentPassword: user.password, newPassword: chosen }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: key });
    expect(
      await verifyLogin(getDb(), { email: user.email, password: user.password, ip: null }),
    ).toMatchObject({
      ok: true,
      sessionVersion: 1,
    });
    const name = key.replace("errors.", "");
    expect(messages("en").errors[name]).toBeTruthy();
    expect(messages("ar").errors[name]).toMatch(/[\u0600-\u06FF]/);
  });

  it("refuses a wrong current password", async () => {
    const { org } = await createOrg();
    const user = await addUser(org.id, "viewer");
    await expect(
      (await callerFor(user)).me.changePassword({ currentPassword: "not-my-password", newPassword }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "errors.wrongCurrentPassword" });
    expect(messages("ar").errors.wrongCurrentPassword).toMatch(/[\u0600-\u06FF]/);
    const [row] = await getDb().select().from(users).where(eq(users.id, user.userId));
    expect(row!.sessionVersion).toBe(1);
  });

  it("limits guesses of the current password as sign-in does: a stolen session cannot keep trying", async () => {
    const { org } = await createOrg();
    const user = await addUser(org.id, "viewer");
    const caller = await callerFor(user, { ip: "203.0.113.77" });
    for (let guess = 0; guess < 5; guess++) {
      await expect(
        caller.me.changePassword({ currentPassword: `guess-${guess}`, newPassword }),
      ).rejects.toMatchObject({ message: "errors.wrongCurrentPassword" });
    }
    // Even the right password is refused from that address now, with a translated message.
    await expect(
      caller.me.changePassword({ currentPassword: user.password, newPassword }),
    ).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS", message: "errors.tooManyAttempts" });
    expect(messages("ar").errors.tooManyAttempts).toMatch(/[\u0600-\u06FF]/);
    const [row] = await getDb().select().from(users).where(eq(users.id, user.userId));
    expect(row!.sessionVersion).toBe(1);
    // The owner's own sign-in from another address still works.
    await expect(
      verifyLogin(getDb(), { email: user.email, password: user.password, ip: "198.51.100.8" }),
    ).resolves.toMatchObject({ ok: true });
  });
});

describe("an admin's password reset", () => {
  it("signs the user out everywhere and allows nothing but the change until it is made", async () => {
    const { org, admin } = await createOrg();
    const user = await addUser(org.id, "editor");
    const before = await signIn(user.email, user.password);

    const { temporaryPassword } = await (await callerFor(admin)).users.resetPassword({ userId: user.userId });
    expect(temporaryPassword).toMatch(/^[A-Za-z0-9]{16}$/);
    await expect((await callerFor(before)).me.get()).rejects.toMatchObject({ code: "UNAUTHORIZED" });

    const forced = await callerFor(await signIn(user.email, temporaryPassword));
    expect(await forced.me.get()).toMatchObject({ userId: user.userId, mustChangePassword: true });
    for (const attempt of [
      () => forced.events.range(march),
      () => forced.notifications.unreadCount(),
      () => forced.me.invitations(),
      () => forced.tasks.mine(),
    ]) {
      await expect(attempt()).rejects.toMatchObject({
        code: "FORBIDDEN",
        message: "errors.passwordChangeRequired",
      });
    }
    // The one-time password cannot simply be kept.
    await expect(
      forced.me.changePassword({ currentPassword: temporaryPassword, newPassword: "short" }),
    ).rejects.toMatchObject({ message: "errors.passwordTooShort" });

    await forced.me.changePassword({ currentPassword: temporaryPassword, newPassword });
    const after = await callerFor(await signIn(user.email, newPassword));
    expect(await after.me.get()).toMatchObject({ mustChangePassword: false });
    await expect(after.events.range(march)).resolves.toBeDefined();
  });

  it("only reaches members of the admin's own organisation, never the admin themselves", async () => {
    const { admin } = await createOrg();
    const other = await createOrg("other");
    const caller = await callerFor(admin);
    await expect(caller.users.resetPassword({ userId: other.admin.userId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(caller.users.resetPassword({ userId: admin.userId })).rejects.toMatchObject({
      message: "errors.cannotChangeSelf",
    });
    const { org } = await createOrg();
    const editor = await callerFor(await addUser(org.id, "editor"));
    await expect(editor.users.resetPassword({ userId: admin.userId })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("user:create", () => {
  it("prints a one-time password that must be changed at the first sign-in", async () => {
    const email = `cli-${crypto.randomUUID().slice(0, 8)}@example.test`;
    const { stdout } = await promisify(execFile)(
      "npx",
      ["tsx", "scripts/user-create.ts", "--email", email, "--role", "editor", "--org", "cli-test"],
      { cwd: root, env: { ...process.env, DATABASE_URL: inject("databaseUrl") } },
    );
    const temporaryPassword = /one-time password: (\S+)/.exec(stdout)?.[1];
    expect(temporaryPassword).toMatch(/^[A-Za-z0-9]{16}$/);
    const caller = await callerFor(await signIn(email, temporaryPassword!));
    expect(await caller.me.get()).toMatchObject({ email, mustChangePassword: true });
    await expect(caller.events.range(march)).rejects.toMatchObject({
      message: "errors.passwordChangeRequired",
    });
  });
});
