import type { WaMessage } from "@taqweem/db";

/** The error a message carries while it is sent once more for want of an acknowledgement, and fails with after. */
export const NO_SERVER_ACK = "no_server_ack";

export type AckStep =
  /** Send it: the first attempt, or (`retry`) the one more attempt after no acknowledgement came. */
  | { kind: "send"; retry: boolean }
  /** It went out and its acknowledgement is still due: look again after `ms`. */
  | { kind: "wait"; ms: number }
  /** It went out twice and neither was acknowledged. */
  | { kind: "fail" };

/** What a pending message needs next, by its acknowledgement deadline (set when an attempt is made). */
export function ackStep(message: Pick<WaMessage, "ackDeadlineAt" | "error">, now: number): AckStep {
  if (!message.ackDeadlineAt) return { kind: "send", retry: false };
  const left = message.ackDeadlineAt.getTime() - now;
  if (left > 0) return { kind: "wait", ms: left };
  return message.error === NO_SERVER_ACK ? { kind: "fail" } : { kind: "send", retry: true };
}

/**
 * Timers for messages out and not yet acknowledged, so one that stays unacknowledged is looked at
 * again right at its deadline (its send job is put back); any receipt or error ack settles it.
 */
export function createAckWatch(onOverdue: (rowId: string, sessionId: string) => void) {
  const timers = new Map<string, NodeJS.Timeout>();
  const keyOf = (sessionId: string, providerMessageId: string) => `${sessionId}/${providerMessageId}`;
  return {
    expect(sessionId: string, providerMessageId: string, rowId: string, ms: number) {
      const key = keyOf(sessionId, providerMessageId);
      clearTimeout(timers.get(key));
      const timer = setTimeout(() => {
        timers.delete(key);
        onOverdue(rowId, sessionId);
      }, ms);
      timer.unref();
      timers.set(key, timer);
    },
    settle(sessionId: string, providerMessageId: string) {
      const key = keyOf(sessionId, providerMessageId);
      clearTimeout(timers.get(key));
      timers.delete(key);
    },
    /** The worker stops: a new owner requeues what is still unacknowledged (requeue.ts). */
    clear() {
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
    get size() {
      return timers.size;
    },
  };
}
export type AckWatch = ReturnType<typeof createAckWatch>;
