import { emailOutbox, getDb, memberships } from "@taqweem/db";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { addUser, callerFor, createOrg } from "../support/fixtures";

const march = { from: new Date("2026-03-01T00:00:00Z"), to: new Date("2026-04-01T00:00:00Z") };

async function membershipOf(userId: string, orgId: string) {
  const [row] = await getDb()
    .select()
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.orgId, orgId)));
  return row ?? null;
}

/** Org B's admin adds the address of a user who belongs to org A. */
async function inviteAcross(role: "editor" | "viewer" = "editor") {
  const home = await createOrg("home");
  const person = await addUser(home.org.id, "viewer");
  const { org, admin } = await createOrg("inviting");
  const adminCaller = await callerFor(admin);
  const created = await adminCaller.users.create({
    email: person.email,
    name: "Ignored",
    role,
    locale: "en",
  });
  return { person, org, admin, adminCaller, created, home };
}

describe("adding a user of another organisation", () => {
  it("invites them instead of attaching them: not a member, nothing shared, shown as invited", async () => {
    const { person, org, adminCaller, created } = await inviteAcross();
    expect(created).toEqual({ userId: person.userId, temporaryPassword: null, invited: true });
    expect(await membershipOf(person.userId, org.id)).toBeNull();
    // The admin's users list does not show them (nor their last sign-in); the invitations do.
    expect((await adminCaller.users.list()).map((user) => user.id)).not.toContain(person.userId);
    expect(await adminCaller.users.invitations()).toEqual([
      expect.objectContaining({ email: person.email, role: "editor", status: "pending" }),
    ]);
    // A session for the inviting organisation gets nothing before acceptance.
    const early = await callerFor({ ...person, orgId: org.id });
    await expect(early.events.range(march)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    // Inviting again while it is open is refused with a translated reason.
    await expect(
      adminCaller.users.create({ email: person.email, name: "Again", role: "viewer", locale: "en" }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "errors.userInvited" });
  });

  it("e-mails the invitation through the outbox, naming only the inviting organisation", async () => {
    const { person, org, home } = await inviteAcross("editor");
    const sent = await getDb().select().from(emailOutbox).where(eq(emailOutbox.recipient, person.email));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ orgId: org.id, purpose: "invitation", locale: "en", status: "queued" });
    expect(sent[0]!.subject).toBe(`Invitation to join ${org.nameEn} on Taqweem`);
    expect(sent[0]!.text).toContain("invites you to join as Editor");
    expect(sent[0]!.text).not.toContain(home.org.nameEn);
  });

  it("accepting makes them a member with the invited role", async () => {
    const { person, org, adminCaller } = await inviteAcross("editor");
    const own = await callerFor(person);
    const [invitation] = await own.me.invitations();
    expect(invitation).toMatchObject({ role: "editor", orgNameEn: org.nameEn, orgNameAr: org.nameAr });
    await own.me.respondToInvitation({ invitationId: invitation!.id, accept: true });

    expect(await membershipOf(person.userId, org.id)).toMatchObject({ role: "editor", deactivatedAt: null });
    expect(await own.me.invitations()).toEqual([]);
    expect(await adminCaller.users.invitations()).toEqual([]);
    expect((await adminCaller.users.list()).find((user) => user.id === person.userId)).toMatchObject({
      role: "editor",
    });
    const inOrg = await callerFor({ ...person, orgId: org.id });
    expect(await inOrg.me.get()).toMatchObject({ orgId: org.id, role: "editor" });
    await expect(
      own.me.respondToInvitation({ invitationId: invitation!.id, accept: false }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", message: "errors.invitationNotFound" });
  });

  it("declining leaves them outside, shown to the admin as declined, and can be invited again", async () => {
    const { person, org, adminCaller } = await inviteAcross("viewer");
    const own = await callerFor(person);
    const [invitation] = await own.me.invitations();
    await own.me.respondToInvitation({ invitationId: invitation!.id, accept: false });

    expect(await membershipOf(person.userId, org.id)).toBeNull();
    expect(await adminCaller.users.invitations()).toEqual([
      expect.objectContaining({ email: person.email, status: "declined" }),
    ]);
    await adminCaller.users.create({ email: person.email, name: "Again", role: "editor", locale: "en" });
    expect(await own.me.invitations()).toEqual([expect.objectContaining({ role: "editor" })]);
  });

  it("lets nobody but the invited user answer", async () => {
    const { person, home } = await inviteAcross();
    const [invitation] = await (await callerFor(person)).me.invitations();
    const stranger = await callerFor(home.admin);
    await expect(
      stranger.me.respondToInvitation({ invitationId: invitation!.id, accept: true }),
    ).rejects.toMatchObject({ message: "errors.invitationNotFound" });
    expect(await (await callerFor(person)).me.invitations()).toHaveLength(1);
  });
});
