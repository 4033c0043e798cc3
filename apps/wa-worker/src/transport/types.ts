import type { WaTransport } from "@taqweem/db";
import type { WaSimulatedInbound, WaSimulatorAction } from "@taqweem/jobs";
import type { DatabaseAuthState } from "../auth/db-auth-state";

/** Why a connection closed, in the terms the reconnect policy decides on. */
export type CloseReason =
  | "restart_required"
  | "connection_lost"
  | "logged_out"
  | "replaced"
  | "forbidden"
  | "multidevice_mismatch"
  | "qr_timeout";

export interface GroupInfo {
  jid: string;
  name: string;
  participantCount: number;
  announceOnly: boolean;
}

export type ReceiptStatus = "sent" | "delivered" | "read";

export type TransportEvent =
  | { type: "qr"; qr: string; expiresAt: Date }
  | { type: "open"; phone: string | null }
  | { type: "close"; reason: CloseReason; code: number | null; detail: string }
  | { type: "receipt"; messageId: string; status: ReceiptStatus }
  /** The server refused a message after accepting it from us (an error ack), e.g. "463". */
  | { type: "send_error"; messageId: string; code: string }
  | {
      type: "restriction";
      reason: "reachout_timelock" | "quota_exhausted";
      active: boolean;
      until: Date | null;
    }
  | { type: "groups_changed" }
  /**
   * A message someone sent to this number. `sender` is their phone (E.164) or their linked id
   * ("123456789@lid"); `phone` is the phone, resolved through the LID mapping when it is known.
   */
  | { type: "inbound"; messageId: string; sender: string; phone: string | null; text: string; at: Date }
  /** WhatsApp told the session which phone a linked id belongs to (Baileys stores it in its keys). */
  | { type: "lid_mapping"; lid: string; phone: string };

export interface OutgoingMessage {
  jid: string;
  text: string;
  /** Derived from our row id: sending it twice is one message on WhatsApp. */
  messageId: string;
}

/** Refusal of a send by the server, with its code ("463", "401", ...). */
export class TransportSendError extends Error {
  constructor(readonly code: string) {
    super(`WhatsApp refused the message (${code})`);
    this.name = "TransportSendError";
  }
}

export interface TransportConnection {
  /** Asks for a pairing code for this number (digits only, with country code). */
  requestPairingCode(phoneDigits: string): Promise<string>;
  /**
   * Resolves once the message is on its way; the server's acknowledgement arrives later as a
   * "sent" receipt (the worker sends again once, with the same id, if none comes in time).
   */
  send(message: OutgoingMessage): Promise<void>;
  setTyping(jid: string, typing: boolean): Promise<void>;
  fetchGroups(): Promise<GroupInfo[]>;
  /** Logs out on WhatsApp (the linked device disappears from the phone), then closes. */
  logout(): Promise<void>;
  /** Closes without logging out; no further events are delivered. */
  close(): Promise<void>;
  /** Simulator controls; absent on real transports. */
  simulate?(action: WaSimulatorAction): Promise<void>;
  /** Simulator: a message from a phone or a linked id arrives. */
  simulateInbound?(message: WaSimulatedInbound): Promise<void>;
}

export interface ConnectOptions {
  sessionId: string;
  auth: DatabaseAuthState;
  onEvent(event: TransportEvent): void;
  /**
   * The text of a message this session sent recently, by WhatsApp message id, to encrypt again
   * when a recipient's device asks for it (a retry receipt); null when unknown or too old.
   */
  sentMessage(messageId: string): Promise<{ text: string } | null>;
}

export interface WhatsAppTransport {
  readonly kind: WaTransport;
  connect(options: ConnectOptions): TransportConnection;
}
