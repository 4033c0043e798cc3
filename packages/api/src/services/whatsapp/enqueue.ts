import { type Database, type Locale, waMessages } from "@taqweem/db";
import { fromDrizzle, sendJobs, waSendGroup, waSendQueue } from "@taqweem/jobs";
import { sql } from "drizzle-orm";
import type { PgBoss } from "pg-boss";

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

export interface OutgoingWhatsApp {
  orgId: string;
  sessionId?: string | null;
  recipientType: "contact" | "group";
  /** E.164 phone number (contacts) or group JID. */
  recipient: string;
  body: string;
  language: Locale;
  purpose: "reminder" | "announcement" | "task" | "test" | "campaign" | "consent";
  template?: string | null;
  entity?: string | null;
  entityId?: string | null;
}

/**
 * Writes the message row and queues its `wa.send` job in the caller's transaction: either both
 * exist or neither does.
 */
export async function enqueueWhatsApp(tx: Tx, boss: PgBoss, message: OutgoingWhatsApp): Promise<string> {
  const [id] = await enqueueWhatsApps(tx, boss, [message]);
  return id!;
}

/**
 * Many messages at once: their rows in one statement and their `wa.send` jobs in another, in the
 * caller's transaction. Returns the message ids in the order given.
 */
export async function enqueueWhatsApps(
  tx: Tx,
  boss: PgBoss,
  messages: OutgoingWhatsApp[],
): Promise<string[]> {
  if (messages.length === 0) return [];
  const rows = await tx
    .insert(waMessages)
    .values(
      messages.map((message) => ({
        ...message,
        sessionId: message.sessionId ?? null,
        status: "pending" as const,
      })),
    )
    .returning({ id: waMessages.id, sessionId: waMessages.sessionId });
  await sendJobs(
    boss,
    waSendQueue,
    rows.map((row) => ({ payload: { messageId: row.id }, options: waSendGroup(row.sessionId) })),
    { db: fromDrizzle(tx, sql) },
  );
  return rows.map((row) => row.id);
}
