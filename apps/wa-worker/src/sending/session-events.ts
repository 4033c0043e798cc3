import type { SendingEvents } from "../sessions/runtime";
import type { AckWatch } from "./ack";
import { pauseSending, resumeSending } from "./pause";
import type { ReceiptBatcher } from "./receipt-batcher";
import { applyRefusal, type RefusalDeps } from "./refusal";

/** Receipts, error acks and restriction notices of one session's connection, applied to our rows. */
export function createSessionSendingEvents(
  deps: RefusalDeps & { acks: AckWatch; receipts: ReceiptBatcher },
  sessionId: string,
): SendingEvents {
  return {
    async onReceipt(event) {
      // Any receipt means the server has the message.
      deps.acks.settle(sessionId, event.messageId);
      await deps.receipts.add({ sessionId, providerMessageId: event.messageId, status: event.status });
    },
    async onSendError(event) {
      deps.acks.settle(sessionId, event.messageId);
      await applyRefusal(deps, sessionId, { sessionId, providerMessageId: event.messageId }, event.code);
    },
    async onRestriction(event) {
      if (event.active) {
        deps.log.warn(
          { sessionId, reason: event.reason, until: event.until },
          "WhatsApp restricts this number: sending paused",
        );
        await pauseSending(deps.store, sessionId, event.reason, event.until);
        return;
      }
      const session = await deps.store.load(sessionId);
      if (session?.sendingPausedReason === event.reason) await resumeSending(deps.store, sessionId);
    },
  };
}
