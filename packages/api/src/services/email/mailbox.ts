import { type Database, emailOutbox, emailStatuses } from "@taqweem/db";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { fail } from "../../domain-error";
import { afterCursor, newestFirst, toPage } from "../pagination";
import { cursorInput, limitInput } from "../shared-inputs";

export const listMailboxInput = z
  .object({ status: z.enum(emailStatuses).optional(), limit: limitInput(100, 50), cursor: cursorInput })
  .default({ limit: 50 });

export type MailboxPage = z.infer<typeof listMailboxInput>;

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
        afterCursor(emailOutbox, page.cursor),
      ),
    )
    .orderBy(...newestFirst(emailOutbox))
    .limit(page.limit + 1);
  return toPage(rows, page.limit);
}

/** One message with its rendered HTML (show it in a sandboxed iframe) and plain text. */
export async function getMailboxMessage(db: Database, orgId: string, id: string) {
  const [row] = await db
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.id, id), eq(emailOutbox.orgId, orgId)));
  return row ?? fail("not_found", "errors.notFound");
}
