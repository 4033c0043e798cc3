import { type Database, type Locale, waMessages } from "@taqweem/db";
import { fromDrizzle, sendJob, waSendGroup, waSendQueue } from "@taqweem/jobs";
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
  purpose: "reminder" | "announcement" | "task" | "test" | "campaign";
  template?: string | null;
  entity?: string | null;
  entityId?: string | null;
}

/**
 * Writes the message row and queues its `wa.send` job in the caller's transaction: either both
 * exist or neither does.
 */
export async function enqueueWhatsApp(tx: Tx, boss: PgBoss, message: OutgoingWhatsApp): Promise<string> {
  const [row] = await tx
    .insert(waMessages)
    .values({ ...message, sessionId: message.sessionId ?? null, status: "pending" })
    .returning({ id: waMessages.id });
  await sendJob(
    boss,
    waSendQueue,
    { messageId: row!.id },
    { db: fromDrizzle(tx, sql), ...waSendGroup(message.sessionId) },
  );
  return row!.id;
}
