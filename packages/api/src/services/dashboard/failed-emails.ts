import { emailOutbox } from "@taqweem/db";
import { and, count, desc, eq, gte } from "drizzle-orm";
import type { Executor } from "../tx";
import { hoursBack } from "./windows";

const maxListed = 10;

/** E-mails that failed for good in the last 24 hours, the latest first. */
export async function failedEmails(db: Executor, orgId: string, now = new Date()) {
  const window = hoursBack(now, 24);
  const where = and(
    eq(emailOutbox.orgId, orgId),
    eq(emailOutbox.status, "failed"),
    gte(emailOutbox.failedAt, window.from),
  );
  const [items, [total]] = await Promise.all([
    db
      .select({
        id: emailOutbox.id,
        recipient: emailOutbox.recipient,
        subject: emailOutbox.subject,
        lastError: emailOutbox.lastError,
        failedAt: emailOutbox.failedAt,
      })
      .from(emailOutbox)
      .where(where)
      .orderBy(desc(emailOutbox.failedAt), desc(emailOutbox.id))
      .limit(maxListed),
    db.select({ total: count() }).from(emailOutbox).where(where),
  ]);
  return { ...window, items, total: total?.total ?? 0 };
}
