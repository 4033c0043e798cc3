import { type Database, emailOutbox } from "@taqweem/db";
import { and, eq, sql } from "drizzle-orm";
import { type ErrorResponse, Resend } from "resend";
import type { EmailConfig } from "../../config";

export type EmailSendOutcome = "sent" | "captured" | "failed" | "skipped";

export interface Attempt {
  /** pg-boss retry count of the job running this attempt (0 on the first). */
  retryCount: number;
  retryLimit: number;
}

// Worth another try later: the provider or the network had a moment, or we were rate limited.
const transientErrors = new Set<ErrorResponse["name"]>([
  "application_error",
  "internal_server_error",
  "rate_limit_exceeded",
  "concurrent_idempotent_requests",
]);

function isTransient(error: ErrorResponse): boolean {
  return transientErrors.has(error.name) || error.statusCode === null || (error.statusCode ?? 0) >= 500;
}

/**
 * The `email.send` handler. Without an API key a message is captured (kept for the Mailbox);
 * otherwise it goes to Resend with the message's idempotency key, so a retried job never sends a
 * second copy. A transient failure throws, and pg-boss retries with backoff; a permanent one, or
 * the last retry, marks the message failed.
 */
export function createEmailSender(config: EmailConfig) {
  const resend = config.apiKey ? new Resend(config.apiKey, { baseUrl: config.baseUrl }) : null;

  return async function sendEmail(
    db: Database,
    emailId: string,
    attempt: Attempt,
  ): Promise<EmailSendOutcome> {
    const queued = and(eq(emailOutbox.id, emailId), eq(emailOutbox.status, "queued"));
    const [email] = await db.select().from(emailOutbox).where(queued);
    if (!email) return "skipped";
    if (!resend) {
      await db.update(emailOutbox).set({ status: "captured", updatedAt: sql`now()` }).where(queued);
      return "captured";
    }
    await db
      .update(emailOutbox)
      .set({ attempts: sql`${emailOutbox.attempts} + 1`, updatedAt: sql`now()` })
      .where(queued);
    const { data, error } = await resend.emails.send(
      {
        from: config.from,
        to: [email.recipient],
        subject: email.subject,
        html: email.html,
        text: email.text,
      },
      { idempotencyKey: email.idempotencyKey },
    );
    if (data) {
      await db
        .update(emailOutbox)
        .set({
          status: "sent",
          providerId: data.id,
          lastError: null,
          sentAt: sql`now()`,
          updatedAt: sql`now()`,
        })
        .where(queued);
      return "sent";
    }
    const lastError = `${error.name}: ${error.message}`;
    const giveUp = !isTransient(error) || attempt.retryCount >= attempt.retryLimit;
    await db
      .update(emailOutbox)
      .set(
        giveUp
          ? { status: "failed", lastError, failedAt: sql`now()`, updatedAt: sql`now()` }
          : { lastError, updatedAt: sql`now()` },
      )
      .where(queued);
    if (!giveUp) throw new Error(`e-mail ${emailId} not sent, will retry: ${lastError}`);
    return "failed";
  };
}
