import { campaignRecipients, waMessages } from "@taqweem/db";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Tx } from "../tx";

/**
 * Takes back the campaign's messages the number has not tried to send yet (pausing or cancelling):
 * their rows go (a worker that picks up their job finds nothing to send) and their recipients wait
 * again. A message already being sent is locked by its worker, re-read after it, and left alone: it
 * goes out once, as every message does.
 */
export async function withdrawUnsent(tx: Tx, campaignId: string): Promise<number> {
  const rows = await tx
    .select({ id: waMessages.id })
    .from(waMessages)
    .innerJoin(campaignRecipients, eq(campaignRecipients.messageId, waMessages.id))
    .where(
      and(
        eq(campaignRecipients.campaignId, campaignId),
        eq(waMessages.status, "pending"),
        eq(waMessages.attempts, 0),
        isNull(waMessages.ackDeadlineAt),
      ),
    )
    .for("update", { of: waMessages });
  if (rows.length === 0) return 0;
  const ids = rows.map((row) => row.id);
  await tx
    .update(campaignRecipients)
    .set({ messageId: null, releasedAt: null, error: null })
    .where(inArray(campaignRecipients.messageId, ids));
  await tx.delete(waMessages).where(inArray(waMessages.id, ids));
  return ids.length;
}

/** Recipients a cancelled campaign will never reach: skipped, with the reason. */
export async function skipUnreleased(tx: Tx, campaignId: string, reason: string) {
  await tx
    .update(campaignRecipients)
    .set({ status: "skipped", error: reason, finishedAt: sql`now()` })
    .where(
      and(
        eq(campaignRecipients.campaignId, campaignId),
        eq(campaignRecipients.status, "queued"),
        isNull(campaignRecipients.messageId),
      ),
    );
}
