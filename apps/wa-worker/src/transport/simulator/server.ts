import { type Database, waSimulatorMessages } from "@taqweem/db";
import { and, eq, ne, sql } from "drizzle-orm";
import type { ReceiptStatus } from "../types";

/**
 * The simulator's stand-in for WhatsApp's servers, in Postgres so that every worker process sees
 * the same "server": a message id it already has is the same message (counted in `sends`).
 */
export function createSimulatorServer(db: Database) {
  return {
    /** Stores a message; `duplicate` when this id was sent before (WhatsApp shows it once). */
    async accept(sessionId: string, message: { messageId: string; recipient: string; body: string }) {
      const [row] = await db
        .insert(waSimulatorMessages)
        .values({ sessionId, messageId: message.messageId, recipient: message.recipient, body: message.body })
        .onConflictDoUpdate({
          target: [waSimulatorMessages.sessionId, waSimulatorMessages.messageId],
          set: { sends: sql`${waSimulatorMessages.sends} + 1` },
        })
        .returning({ sends: waSimulatorMessages.sends, acceptedAt: waSimulatorMessages.acceptedAt });
      return { duplicate: row!.sends > 1, acceptedAt: row!.acceptedAt };
    },
    async recordReceipt(sessionId: string, messageId: string, receipt: ReceiptStatus) {
      await db
        .update(waSimulatorMessages)
        .set({ receipt })
        .where(
          and(eq(waSimulatorMessages.sessionId, sessionId), eq(waSimulatorMessages.messageId, messageId)),
        );
    },
    /** Messages whose recipients have not read them yet: their receipts are still to come. */
    unread(sessionId: string) {
      return db
        .select({
          messageId: waSimulatorMessages.messageId,
          receipt: waSimulatorMessages.receipt,
          acceptedAt: waSimulatorMessages.acceptedAt,
        })
        .from(waSimulatorMessages)
        .where(and(eq(waSimulatorMessages.sessionId, sessionId), ne(waSimulatorMessages.receipt, "read")));
    },
  };
}
export type SimulatorServer = ReturnType<typeof createSimulatorServer>;
