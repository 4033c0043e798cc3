import { type Database, type EmailStatus, emailOutbox } from "@taqweem/db";
import { and, desc, eq, lt, or } from "drizzle-orm";
import { fail } from "../../errors";

export interface MailboxPage {
  status?: EmailStatus;
  limit: number;
  cursor?: { createdAt: Date; id: string };
}

/** The organisation's outgoing e-mail, newest first (captured ones when no provider is set up). */
export async function listMailbox(db: Database, orgId: string, page: MailboxPage) {
  const rows = await db
    .select({
      id: emailOutbox.id,
      recipient: emailOutbox.recipient,
      locale: emailOutbox.locale,
      subject: emailOutbox.subject,
      purpose: emailOutbox.purpose,
      entity: emailOutbox.entity,
      entityId: emailOutbox.entityId,
      status: emailOutbox.status,
      attempts: emailOutbox.attempts,
      providerId: emailOutbox.providerId,
      lastError: emailOutbox.lastError,
      createdAt: emailOutbox.createdAt,
      sentAt: emailOutbox.sentAt,
      failedAt: emailOutbox.failedAt,
    })
    .from(emailOutbox)
    .where(
      and(
        eq(emailOutbox.orgId, orgId),
        page.status ? eq(emailOutbox.status, page.status) : undefined,
        page.cursor
          ? or(
              lt(emailOutbox.createdAt, page.cursor.createdAt),
              and(eq(emailOutbox.createdAt, page.cursor.createdAt), lt(emailOutbox.id, page.cursor.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
    .limit(page.limit + 1);
  const items = rows.slice(0, page.limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > page.limit && last ? { createdAt: last.createdAt, id: last.id } : null,
  };
}

/** One message with its rendered HTML (show it in a sandboxed iframe) and plain text. */
export async function getMailboxMessage(db: Database, orgId: string, id: string) {
  const [row] = await db
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.id, id), eq(emailOutbox.orgId, orgId)));
  return row ?? fail("NOT_FOUND", "errors.notFound");
}
