import { emailSendQueue, reminderFireQueue } from "@taqweem/jobs";
import type { WorkerContext } from "@taqweem/jobs/runtime";
import { type EmailConfig, emailConfigFromEnv } from "./config";
import { createEmailSender } from "./services/email/send";
import { fireReminder } from "./services/reminders/fire";

/** The web-jobs handlers of this package: e-mail delivery and reminders. Pass as (part of) `setup`. */
export async function registerWebJobs(
  ctx: WorkerContext,
  options: { email?: EmailConfig } = {},
): Promise<void> {
  const email = options.email ?? emailConfigFromEnv();
  const sendEmail = createEmailSender(email);
  const retryLimit = emailSendQueue.options.retryLimit ?? 0;
  ctx.log.info({ email: email.apiKey ? "resend" : "captured" }, "e-mail delivery");
  await ctx.work(
    emailSendQueue,
    ({ emailId }, job) => sendEmail(ctx.db, emailId, { retryCount: job.retryCount, retryLimit }),
    // Four per 2-second poll keeps within Resend's default rate limit of two requests a second.
    { batchSize: 4 },
  );
  await ctx.work(reminderFireQueue, (payload, job) => fireReminder(ctx.db, ctx.boss, payload, job.id));
}
