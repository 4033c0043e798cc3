import {
  type BinaryNode,
  type MessageUserReceiptUpdate,
  proto,
  type WAMessageUpdate,
} from "@whiskeysockets/baileys";
import type { TransportEvent } from "../types";

const Status = proto.WebMessageInfo.Status;

/** Status updates of our own messages (one-to-one chats, and error acks for any chat). */
export function eventsFromMessageUpdates(updates: WAMessageUpdate[]): TransportEvent[] {
  const events: TransportEvent[] = [];
  for (const { key, update } of updates) {
    if (!key.fromMe || !key.id || update.status === undefined || update.status === null) continue;
    const messageId = key.id;
    switch (update.status) {
      case Status.ERROR:
        events.push({
          type: "send_error",
          messageId,
          code: String(update.messageStubParameters?.[0] ?? "unknown"),
        });
        break;
      case Status.SERVER_ACK:
        events.push({ type: "receipt", messageId, status: "sent" });
        break;
      case Status.DELIVERY_ACK:
        events.push({ type: "receipt", messageId, status: "delivered" });
        break;
      case Status.READ:
      case Status.PLAYED:
        events.push({ type: "receipt", messageId, status: "read" });
        break;
    }
  }
  return events;
}

/**
 * Group receipts arrive per participant: the first participant who received (read) the message
 * makes it delivered (read).
 */
export function eventsFromUserReceipts(updates: MessageUserReceiptUpdate[]): TransportEvent[] {
  return updates.flatMap(({ key, receipt }): TransportEvent[] => {
    if (!key.fromMe || !key.id) return [];
    if (receipt.readTimestamp || receipt.playedTimestamp)
      return [{ type: "receipt", messageId: key.id, status: "read" }];
    if (receipt.receiptTimestamp) return [{ type: "receipt", messageId: key.id, status: "delivered" }];
    return [];
  });
}

/** The server's `<ack class="message" id=…/>` for a message we sent: it has the message ("sent"). */
export function eventFromServerAck(node: BinaryNode): TransportEvent | null {
  const { id, error } = node.attrs;
  return id && !error ? { type: "receipt", messageId: id, status: "sent" } : null;
}
