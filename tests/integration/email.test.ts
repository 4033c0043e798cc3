import { createEmailSender, queueEmail, registerWebJobs } from "@taqweem/api";
import { emailOutbox, getDb, notifications } from "@taqweem/db";
import { type RunningWorker, runWorker } from "@taqweem/jobs/runtime";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startFakeResend } from "../support/fake-resend";
import { addUser, callerFor, createOrg } from "../support/fixtures";
import { boss, fromNow, insertEvent, minutes } from "../support/planning";

type FakeResend = Awaited<ReturnType<typeof startFakeResend>>;

let resend: FakeResend;
let admin: { userId: string; orgId: string };
beforeAll(async () => {
  resend = await startFakeResend();
  admin = (await createOrg("email")).admin;
});
afterAll(() => resend.close());

const copy = {
  subject: "Reminder: Open day",
  heading: "Open day",
  lines: ["Starts soon"],
  actionLabel: "Open",
};

async function queued(to = "someone@example.test", locale: "en" | "ar" = "en") {
  const producer = await boss();
  const id = await getDb().transaction((tx) =>
    queueEmail(tx, producer, {
      orgId: admin.orgId,
      orgName: "Org",
      to,
      locale,
      copy,
      url: "http://localhost:3000/en/events/1",
      purpose: "reminder",
      entity: "event",
      entityId: crypto.randomUUID(),
    }),
  );
  return id!;
}

const row = async (id: string) =>
  (await getDb().select().from(emailOutbox).where(eq(emailOutbox.id, id)))[0]!;
const firstTry = { retryCount: 0, retryLimit: 3 };

describe("e-mail through Resend (a local server that speaks its API, with the real SDK)", () => {
  const sender = () =>
    createEmailSender({ apiKey: "re_test_key", from: "Taqweem <a@b.test>", baseUrl: resend.baseUrl });

  it("sends with the message's idempotency key and records the provider id; a rerun sends nothing", async () => {
    const id = await queued();
    const before = resend.requests.length;
    expect(await sender()(getDb(), id, firstTry)).toBe("sent");
    const request = resend.requests.at(-1)!;
    const sent = await row(id);
    expect(request).toMatchObject({ method: "POST", path: "/emails" });
    expect(request.headers["idempotency-key"]).toBe(sent.idempotencyKey);
    expect(request.headers.authorization).toBe("Bearer re_test_key");
    expect(request.body).toMatchObject({
      to: ["someone@example.test"],
      subject: copy.subject,
      from: "Taqweem <a@b.test>",
    });
    expect(request.body.text).toContain("Starts soon");
    expect(sent).toMatchObject({ status: "sent", attempts: 1, lastError: null });
    expect(sent.providerId).toMatch(/^re_/);
    expect(sent.sentAt).toBeInstanceOf(Date);

    expect(await sender()(getDb(), id, firstTry)).toBe("skipped");
    expect(resend.requests.length).toBe(before + 1);
  });

  it("retries a provider error with the same key, and gives up on the last retry", async () => {
    const id = await queued();
    resend.failNext(500, "internal_server_error");
    await expect(sender()(getDb(), id, firstTry)).rejects.toThrow(/will retry/);
    expect(await row(id)).toMatchObject({
      status: "queued",
      attempts: 1,
      lastError: expect.stringContaining("internal_server_error"),
    });
    expect(await sender()(getDb(), id, { retryCount: 1, retryLimit: 3 })).toBe("sent");
    const keys = resend.requests.slice(-2).map((request) => request.headers["idempotency-key"]);
    expect(new Set(keys).size).toBe(1);

    const last = await queued();
    resend.failNext(429, "rate_limit_exceeded");
    expect(await sender()(getDb(), last, { retryCount: 3, retryLimit: 3 })).toBe("failed");
    expect(await row(last)).toMatchObject({ status: "failed", attempts: 1 });
  });

  it("marks a refused message failed at once (retrying cannot help)", async () => {
    const id = await queued();
    resend.failNext(422, "validation_error", "Invalid `to` field.");
    expect(await sender()(getDb(), id, firstTry)).toBe("failed");
    const failed = await row(id);
    expect(failed).toMatchObject({ status: "failed", lastError: "validation_error: Invalid `to` field." });
    expect(failed.failedAt).toBeInstanceOf(Date);
  });

  it("treats an unreachable provider (the SDK returns an error, it does not throw) as worth a retry", async () => {
    const id = await queued();
    const offline = createEmailSender({
      apiKey: "re_test_key",
      from: "a@b.test",
      baseUrl: "http://127.0.0.1:9",
    });
    await expect(offline(getDb(), id, firstTry)).rejects.toThrow(/will retry/);
    expect(await row(id)).toMatchObject({ status: "queued", attempts: 1 });
    expect(await offline(getDb(), id, { retryCount: 3, retryLimit: 3 })).toBe("failed");
  });
});

describe("without RESEND_API_KEY", () => {
  it("captures messages for the admin Mailbox, right-to-left for Arabic readers", async () => {
    const id = await queued("reader@example.test", "ar");
    const capture = createEmailSender({ apiKey: null, from: "a@b.test" });
    const before = resend.requests.length;
    expect(await capture(getDb(), id, firstTry)).toBe("captured");
    expect(resend.requests.length).toBe(before);

    const mailbox = await (await callerFor(admin)).mailbox.list({ status: "captured" });
    expect(mailbox.items.map((item) => item.id)).toContain(id);
    const message = await (await callerFor(admin)).mailbox.get({ id });
    expect(message).toMatchObject({ status: "captured", locale: "ar", recipient: "reader@example.test" });
    expect(message.html).toMatch(/<html[^>]*dir="rtl"/);

    const editor = await addUser(admin.orgId, "editor");
    await expect((await callerFor(editor)).mailbox.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    const other = (await createOrg("email-other")).admin;
    await expect((await callerFor(other)).mailbox.get({ id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("web-jobs", () => {
  let worker: RunningWorker;
  beforeAll(async () => {
    worker = await runWorker({
      kind: "web-jobs",
      version: "test",
      port: 0,
      databaseUrl: inject("databaseUrl"),
      setup: (ctx) =>
        registerWebJobs(ctx, { email: { apiKey: "re_test_key", from: "a@b.test", baseUrl: resend.baseUrl } }),
    });
  });
  afterAll(() => worker.stop());

  it("fires a due reminder and e-mails it in the reader's language through Resend", async () => {
    const reader = await addUser(admin.orgId, "viewer");
    await (await callerFor(reader)).me.setLocale({ locale: "ar" });
    // Starts in a minute and a bit; the reminder a minute before is due in a second or two.
    const event = await insertEvent(admin.orgId, { startsAt: fromNow(minutes(1) + 1_500) });
    await (await callerFor(admin)).reminders.create({
      eventId: event.id,
      offset: "custom",
      customMinutesBefore: 1,
      toDepartments: false,
      userIds: [reader.userId],
    });

    await expect
      .poll(
        async () =>
          (await getDb().select().from(emailOutbox).where(eq(emailOutbox.entityId, event.id))).map(
            (mail) => mail.status,
          ),
        { timeout: 15_000, interval: 250 },
      )
      .toEqual(["sent"]);
    const request = resend.requests.find((candidate) => candidate.body.to?.[0] === reader.email)!;
    expect(request.body.subject).toContain("تذكير: اليوم المفتوح");
    expect(request.body.html).toMatch(/<html[^>]*dir="rtl"/);
    const bell = await getDb().select().from(notifications).where(eq(notifications.userId, reader.userId));
    expect(bell).toHaveLength(1);
  });
});
