import type { WaSessionError, WaSessionStatus } from "@taqweem/db";
import type { CloseReason } from "../transport/types";

export type CloseAction =
  | { kind: "reconnect"; delayMs: number; countsAsFailure: boolean }
  /** Stop running the session: it needs an admin (new link, logout, or a look at the number). */
  | { kind: "stop"; status: WaSessionStatus; error: WaSessionError; wipeCredentials: boolean };

export interface ReconnectSettings {
  reconnectBaseMs: number;
  reconnectMaxMs: number;
  reconnectMaxAttempts: number;
}

/** Exponential backoff with "equal jitter": half the capped delay, plus up to as much again at random. */
export function backoffMs(
  attempt: number,
  settings: ReconnectSettings,
  random: () => number = Math.random,
): number {
  const capped = Math.min(settings.reconnectMaxMs, settings.reconnectBaseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(capped / 2 + (capped / 2) * random());
}

/**
 * What to do when a connection closes. `failures` counts the closes since the last successful open,
 * this one included.
 */
export function decideOnClose(
  reason: CloseReason,
  failures: number,
  settings: ReconnectSettings,
  random: () => number = Math.random,
): CloseAction {
  switch (reason) {
    case "restart_required":
      return { kind: "reconnect", delayMs: 0, countsAsFailure: false };
    case "connection_lost":
      if (failures > settings.reconnectMaxAttempts)
        return { kind: "stop", status: "failed", error: "too_many_failures", wipeCredentials: false };
      return { kind: "reconnect", delayMs: backoffMs(failures, settings, random), countsAsFailure: true };
    case "logged_out":
      return { kind: "stop", status: "logged_out", error: "logged_out", wipeCredentials: true };
    case "replaced":
      return { kind: "stop", status: "failed", error: "connection_replaced", wipeCredentials: false };
    case "forbidden":
      return { kind: "stop", status: "banned", error: "forbidden", wipeCredentials: false };
    case "multidevice_mismatch":
      return { kind: "stop", status: "failed", error: "multidevice_mismatch", wipeCredentials: false };
    case "qr_timeout":
      return { kind: "stop", status: "disconnected", error: "qr_timeout", wipeCredentials: false };
  }
}
