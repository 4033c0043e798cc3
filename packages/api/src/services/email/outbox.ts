import { emailOutbox, type Locale } from "@taqweem/db";
import { emailSendQueue, fromDrizzle, sendJob } from "@taqweem/jobs";
import { sql } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { Copy } from "../notify/copy";
import type { Tx } from "../tx";
import { renderNoticeEmail } from "./render";

export interface OutgoingEmail {
  orgId: string;
  orgName: string;
  to: string;
  locale: Locale;
  copy: Copy;
  url: string;
  purpose: "reminder" | "task" | "invitation";
  entity: string;
  entityId: string;
  /** Same key, same message: a second call with it queues nothing. Defaults to a fresh key. */
  idempotencyKey?: string;
}

/**
 * Renders the e-mail, writes its outbox row and queues its `email.send` job in the caller's
 * transaction. Returns the outbox id, or null when the idempotency key was already used.
 */
export async function queueEmail(tx: Tx, boss: PgBoss, email: OutgoingEmail): Promise<string | null> {
  const { copy, locale, url, orgName } = email;
  const { html, text } = await renderNoticeEmail({ copy, locale, url, orgName });
  const [row] = await tx
    .insert(emailOutbox)
    .values({
      orgId: email.orgId,
      idempotencyKey: email.idempotencyKey ?? `email:${crypto.randomUUID()}`,
      recipient: email.to,
      locale: email.locale,
      subject: email.copy.subject,
      html,
      text,
      purpose: email.purpose,
      entity: email.entity,
      entityId: email.entityId,
    })
    .onConflictDoNothing({ target: emailOutbox.idempotencyKey })
    .returning({ id: emailOutbox.id });
  if (!row) return null;
  await sendJob(boss, emailSendQueue, { emailId: row.id }, { db: fromDrizzle(tx, sql) });
  return row.id;
}
