import type { WaSession, WaSessionError } from "@taqweem/db";
import type { SessionStore } from "../sessions/store";

/**
 * Stops sending for a session that shows signs of restriction; admins see the reason on the
 * session (wa.session event). `until`: the pause lifts by itself then; null: an admin resumes.
 */
export async function pauseSending(
  store: SessionStore,
  sessionId: string,
  reason: WaSessionError,
  until: Date | null,
) {
  await store.update(sessionId, {
    sendingPausedAt: new Date(),
    sendingPausedReason: reason,
    sendingResumeAt: until,
  });
}

export async function resumeSending(store: SessionStore, sessionId: string) {
  await store.update(sessionId, { sendingPausedAt: null, sendingPausedReason: null, sendingResumeAt: null });
}

/** Milliseconds until sending may go on (0: it may now; null: paused until an admin resumes). */
export function pausedForMs(
  session: Pick<WaSession, "sendingPausedAt" | "sendingResumeAt">,
  now: number,
): number | null {
  if (!session.sendingPausedAt) return 0;
  if (!session.sendingResumeAt) return null;
  return Math.max(0, session.sendingResumeAt.getTime() - now);
}

/** Send refusals that mean the account is restricted, rather than that this one message is bad. */
export function restrictionOf(code: string): WaSessionError | null {
  if (code === "463") return "restricted_463";
  if (code === "401" || code === "403") return "send_unauthorized";
  return null;
}
