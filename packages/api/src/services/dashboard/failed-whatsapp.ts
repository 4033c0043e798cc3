import { waMessages } from "@taqweem/db";
import { and, count, desc, eq, gte } from "drizzle-orm";
import type { Executor } from "../tx";
import { hoursBack } from "./windows";

const maxListed = 10;

/** WhatsApp messages that failed in the last 24 hours, the latest first. */
export async function failedWhatsApp(db: Executor, orgId: string, now = new Date()) {
  const window = hoursBack(now, 24);
  const where = and(
    eq(waMessages.orgId, orgId),
    eq(waMessages.status, "failed"),
    gte(waMessages.failedAt, window.from),
  );
  const [items, [total]] = await Promise.all([
    db
      .select({
        id: waMessages.id,
        recipientType: waMessages.recipientType,
        recipient: waMessages.recipient,
        purpose: waMessages.purpose,
        error: waMessages.error,
        failedAt: waMessages.failedAt,
      })
      .from(waMessages)
      .where(where)
      .orderBy(desc(waMessages.failedAt), desc(waMessages.id))
      .limit(maxListed),
    db.select({ total: count() }).from(waMessages).where(where),
  ]);
  return { ...window, items, total: total?.total ?? 0 };
}
