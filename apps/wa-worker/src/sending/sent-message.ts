import { type Database, waMessages } from "@taqweem/db";
import { and, eq, gt, isNotNull, sql } from "drizzle-orm";

/**
 * The text of a message the session sent (by its WhatsApp id) no longer than `maxAgeMs` ago, for
 * Baileys to encrypt again when a recipient's device asks. Older messages are never sent again, so
 * a reconnect that brings old retry requests does not broadcast old news.
 */
export async function recentSentMessage(
  db: Database,
  sessionId: string,
  providerMessageId: string,
  maxAgeMs: number,
): Promise<{ text: string } | null> {
  const [row] = await db
    .select({ text: waMessages.body })
    .from(waMessages)
    .where(
      and(
        eq(waMessages.sessionId, sessionId),
        eq(waMessages.providerMessageId, providerMessageId),
        isNotNull(waMessages.ackDeadlineAt),
        gt(
          sql`coalesce(${waMessages.sentAt}, ${waMessages.ackDeadlineAt})`,
          sql`now() - make_interval(secs => ${maxAgeMs / 1000})`,
        ),
      ),
    )
    .limit(1);
  return row ?? null;
}
