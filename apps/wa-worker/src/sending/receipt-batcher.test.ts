import { describe, expect, it } from "vitest";
import { silentLogger } from "../../test/fakes";
import type { Receipt } from "./message-rows";
import { createReceiptBatcher } from "./receipt-batcher";

describe("receipts written together", () => {
  it("writes the receipts that arrive during a write in one statement after it, the furthest status of each message", async () => {
    const writes: Receipt[][] = [];
    let release = () => {};
    const batcher = createReceiptBatcher(async (receipts) => {
      writes.push(receipts);
      if (writes.length === 1) await new Promise<void>((resolve) => (release = resolve));
    }, silentLogger);
    const first = batcher.add({ sessionId: "s1", providerMessageId: "A", status: "sent" });
    await Promise.resolve();
    // While the first write is under way:
    const later = [
      batcher.add({ sessionId: "s1", providerMessageId: "B", status: "delivered" }),
      batcher.add({ sessionId: "s1", providerMessageId: "B", status: "sent" }),
      batcher.add({ sessionId: "s2", providerMessageId: "A", status: "read" }),
    ];
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(writes).toHaveLength(1);
    release();
    await Promise.all([first, ...later]);
    expect(writes).toEqual([
      [{ sessionId: "s1", providerMessageId: "A", status: "sent" }],
      [
        { sessionId: "s1", providerMessageId: "B", status: "delivered" },
        { sessionId: "s2", providerMessageId: "A", status: "read" },
      ],
    ]);
  });

  it("reports a failed write to the receipts in it, and goes on with the next", async () => {
    let fail = true;
    const batcher = createReceiptBatcher(async () => {
      if (fail) throw new Error("database down");
    }, silentLogger);
    await expect(batcher.add({ sessionId: "s", providerMessageId: "A", status: "sent" })).rejects.toThrow(
      "database down",
    );
    fail = false;
    await expect(
      batcher.add({ sessionId: "s", providerMessageId: "B", status: "sent" }),
    ).resolves.toBeUndefined();
  });
});
