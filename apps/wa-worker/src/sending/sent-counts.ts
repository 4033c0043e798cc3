import { type Database, waMessages } from "@taqweem/db";
import { and, eq, gt, sql } from "drizzle-orm";
import type { SentCounts } from "./pacer";

/** What a session sent in the last hour and day, for the pacing caps. */
export async function sentCounts(db: Database, sessionId: string): Promise<SentCounts> {
  const hourAgo = sql`now() - interval '1 hour'`;
  const [row] = await db
    .select({
      lastHour: sql<number>`count(*) filter (where ${waMessages.sentAt} > ${hourAgo})::int`,
      lastDay: sql<number>`count(*)::int`,
      oldestInHour: sql<
        string | null
      >`min(${waMessages.sentAt}) filter (where ${waMessages.sentAt} > ${hourAgo})`,
      oldestInDay: sql<string | null>`min(${waMessages.sentAt})`,
    })
    .from(waMessages)
    .where(and(eq(waMessages.sessionId, sessionId), gt(waMessages.sentAt, sql`now() - interval '24 hours'`)));
  const time = (value: string | null | undefined) => (value ? new Date(value).getTime() : null);
  return {
    lastHour: row?.lastHour ?? 0,
    lastDay: row?.lastDay ?? 0,
    oldestInHour: time(row?.oldestInHour),
    oldestInDay: time(row?.oldestInDay),
  };
}
