import { DisconnectReason } from "@whiskeysockets/baileys";
import type { CloseReason } from "../types";

/** The status code Baileys puts on a close (a Boom's output.statusCode), if any. */
export function statusCodeOf(error: unknown): number | null {
  const code = (error as { output?: { statusCode?: unknown } } | undefined)?.output?.statusCode;
  return typeof code === "number" ? code : null;
}

/**
 * Maps a Baileys close to a policy reason. `qrShown`: a close after QR codes were shown and before
 * a link is the end of the QR's lifetime ("QR refs attempts ended", 408), not a lost connection.
 */
export function closeReasonOf(code: number | null, qrShown: boolean): CloseReason {
  switch (code) {
    case DisconnectReason.restartRequired:
      return "restart_required";
    case DisconnectReason.loggedOut:
      return "logged_out";
    case DisconnectReason.connectionReplaced:
      return "replaced";
    case DisconnectReason.forbidden:
      return "forbidden";
    case DisconnectReason.multideviceMismatch:
      return "multidevice_mismatch";
    case DisconnectReason.timedOut:
      return qrShown ? "qr_timeout" : "connection_lost";
    default:
      // 428 closed, 503 unavailable, 500 bad session and anything unknown: try again later.
      return "connection_lost";
  }
}
