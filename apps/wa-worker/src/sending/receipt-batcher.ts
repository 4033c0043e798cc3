import type { Logger } from "@taqweem/jobs/runtime";
import { advanceMessages, type Receipt } from "./message-rows";

const rank: Record<Receipt["status"], number> = { sent: 1, delivered: 2, read: 3 };

/**
 * Receipts of all sessions written together: those that arrive while a write is under way go in
 * the next one, a single statement however many there are (the furthest status of each message
 * wins). Under load this is a fraction of a round trip per receipt instead of one each.
 */
export function createReceiptBatcher(apply: (receipts: Receipt[]) => Promise<unknown>, log: Logger) {
  let waiting = new Map<string, Receipt>();
  let next: Promise<void> | null = null;
  let running: Promise<void> = Promise.resolve();

  const flush = async () => {
    const batch = [...waiting.values()];
    waiting = new Map();
    next = null;
    try {
      await apply(batch);
    } catch (error) {
      log.error({ err: error, receipts: batch.length }, "writing receipts failed");
      throw error;
    }
  };

  return {
    /** Resolves once the receipt is written (with the batch it went in). */
    add(receipt: Receipt): Promise<void> {
      const key = `${receipt.sessionId}/${receipt.providerMessageId}`;
      const known = waiting.get(key);
      if (!known || rank[receipt.status] > rank[known.status]) waiting.set(key, receipt);
      if (!next) {
        // Runs after the write under way, so one statement is in flight at a time.
        next = running.then(flush, flush);
        running = next.catch(() => {});
      }
      return next;
    },
  };
}

export type ReceiptBatcher = ReturnType<typeof createReceiptBatcher>;
export const batchReceipts = (db: Parameters<typeof advanceMessages>[0], log: Logger) =>
  createReceiptBatcher((receipts) => advanceMessages(db, receipts), log);
