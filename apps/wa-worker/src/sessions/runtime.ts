import type { WaSession } from "@taqweem/db";
import type { WaSimulatedInbound, WaSimulatorAction } from "@taqweem/jobs";
import type { Logger } from "@taqweem/jobs/runtime";
import type { DatabaseAuthState } from "../auth/db-auth-state";
import { SealedValueError } from "../crypto/sealed-box";
import type {
  GroupInfo,
  OutgoingMessage,
  TransportConnection,
  TransportEvent,
  WhatsAppTransport,
} from "../transport/types";
import { decideOnClose, type ReconnectSettings } from "./policy";
import { LeaseLostError, type SessionPatch, type SessionStore } from "./store";

/** What a session does with the sending-related events of its connection. */
export interface SendingEvents {
  onReceipt(event: Extract<TransportEvent, { type: "receipt" }>): Promise<void>;
  onSendError(event: Extract<TransportEvent, { type: "send_error" }>): Promise<void>;
  onRestriction(event: Extract<TransportEvent, { type: "restriction" }>): Promise<void>;
}

/** What a session does with messages people send to its number. */
export interface InboundEvents {
  onMessage(event: Extract<TransportEvent, { type: "inbound" }>): Promise<void>;
  onLidMapping(event: Extract<TransportEvent, { type: "lid_mapping" }>): Promise<void>;
}

export interface RuntimeDeps {
  session: Pick<WaSession, "id" | "orgId">;
  transport: WhatsAppTransport;
  store: SessionStore;
  /** The session's auth state, with writes fenced by the lease. */
  openAuth(): Promise<DatabaseAuthState>;
  qrImage(qr: string): Promise<string>;
  saveGroups(groups: GroupInfo[]): Promise<void>;
  sending: SendingEvents;
  /** Without it (tests of other concerns) inbound messages are ignored. */
  inbound?: InboundEvents;
  /** A recent message of this session, for a recipient's device that asks for it again. */
  sentMessage(messageId: string): Promise<{ text: string } | null>;
  settings: ReconnectSettings & { groupSyncMinIntervalMs: number };
  log: Logger;
  /** Called once the runtime has stopped for good (the lease is released or lost). */
  onStopped(sessionId: string): void;
  random?: () => number;
}

/** The session is not connected right now (sends wait and try again later). */
export class NotConnectedError extends Error {
  constructor(readonly sessionId: string) {
    super(`WhatsApp session ${sessionId} is not connected`);
    this.name = "NotConnectedError";
  }
}

/**
 * One owned WhatsApp session: one connection at a time, its status machine, the reconnect policy
 * and the commands admins send it. Events from a connection it has let go of are ignored, so two
 * sockets never act for the session at once.
 */
export class SessionRuntime {
  readonly id: string;
  readonly orgId: string;
  private connection: TransportConnection | null = null;
  private connected = false;
  private failures = 0;
  private pairingRequested = false;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private stopped = false;
  private lastGroupSync = 0;
  private sendQueue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: RuntimeDeps) {
    this.id = deps.session.id;
    this.orgId = deps.session.orgId;
  }

  get isConnected(): boolean {
    return this.connected && !this.stopped;
  }

  async start(): Promise<void> {
    await this.connect();
  }

  /** Runs `task` when no other send of this session is running: one send at a time. */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.sendQueue.then(task, task);
    this.sendQueue = run.catch(() => {});
    return run;
  }

  async send(message: OutgoingMessage): Promise<void> {
    const connection = this.requireConnection();
    await connection.send(message);
  }

  async setTyping(jid: string, typing: boolean): Promise<void> {
    await this.requireConnection().setTyping(jid, typing);
  }

  /** "Link" from the web app: (re)connect with the session's current link settings unless connected. */
  async link(): Promise<void> {
    if (this.connected || this.stopped) return;
    await this.dropConnection();
    this.failures = 0;
    await this.connect();
  }

  async logout(): Promise<void> {
    const connection = this.connection;
    await this.dropConnection();
    try {
      await connection?.logout();
    } catch (error) {
      this.deps.log.warn(
        { err: error, sessionId: this.id },
        "logout on WhatsApp failed; forgetting the link anyway",
      );
    }
    await this.finish({ status: "logged_out", lastError: null }, { wipeCredentials: true });
  }

  /** Fetches the groups (unless fetched very recently: WhatsApp rate-limits it) and stores them. */
  async syncGroups(options: { force?: boolean } = {}): Promise<boolean> {
    const connection = this.requireConnection();
    if (!options.force && Date.now() - this.lastGroupSync < this.deps.settings.groupSyncMinIntervalMs)
      return false;
    this.lastGroupSync = Date.now();
    await this.deps.saveGroups(await connection.fetchGroups());
    return true;
  }

  async simulate(action: WaSimulatorAction): Promise<boolean> {
    const connection = this.connection;
    if (!connection?.simulate) return false;
    await connection.simulate(action);
    return true;
  }

  /** Simulator: a message arrives; false when the connection is not the simulator's (or there is none). */
  async simulateInbound(message: WaSimulatedInbound): Promise<boolean> {
    const connection = this.connection;
    if (!connection?.simulateInbound) return false;
    await connection.simulateInbound(message);
    return true;
  }

  /** Closes the connection without logging out; `lost`: the lease is gone, so write nothing. */
  async stop(options: { lost: boolean }): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    await this.dropConnection();
    if (!options.lost) await this.releaseLease({ status: "disconnected" }, { wipeCredentials: false });
    this.deps.onStopped(this.id);
  }

  private requireConnection(): TransportConnection {
    if (!this.connection || !this.connected || this.stopped) throw new NotConnectedError(this.id);
    return this.connection;
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const session = await this.update({
      status: "connecting",
      qr: null,
      qrExpiresAt: null,
      pairingCode: null,
    });
    if (!session) return;
    this.pairingRequested = false;
    let auth: DatabaseAuthState;
    try {
      auth = await this.deps.openAuth();
    } catch (error) {
      if (!(error instanceof SealedValueError)) throw error;
      // Never start over silently: a credential that does not open was tampered with or sealed
      // under another WA_STATE_KEY, and an admin has to know.
      this.deps.log.error({ err: error, sessionId: this.id }, "stored WhatsApp credentials do not open");
      await this.finish(
        { status: "failed", lastError: "credentials_unreadable" },
        { wipeCredentials: false },
      );
      return;
    }
    const connection = this.deps.transport.connect({
      sessionId: this.id,
      auth,
      sentMessage: (messageId) => this.deps.sentMessage(messageId),
      onEvent: (event) => {
        if (connection !== this.connection) return;
        this.handle(connection, event, session).catch((error: unknown) => this.onFailure(error));
      },
    });
    this.connection = connection;
  }

  private async handle(
    connection: TransportConnection,
    event: TransportEvent,
    session: WaSession,
  ): Promise<void> {
    switch (event.type) {
      case "qr":
        return this.onQr(connection, event, session);
      case "open":
        return this.onOpen(event.phone, session);
      case "close":
        return this.onClose(event);
      case "receipt":
        return this.deps.sending.onReceipt(event);
      case "send_error":
        return this.deps.sending.onSendError(event);
      case "restriction":
        return this.deps.sending.onRestriction(event);
      case "groups_changed":
        return;
      case "inbound":
        return this.deps.inbound?.onMessage(event);
      case "lid_mapping":
        return this.deps.inbound?.onLidMapping(event);
    }
  }

  private async onQr(
    connection: TransportConnection,
    event: Extract<TransportEvent, { type: "qr" }>,
    session: WaSession,
  ) {
    if (session.linkMethod === "pairing" && session.pairingPhone) {
      // The first QR means the socket is ready to register: ask for a code instead of showing QRs.
      if (this.pairingRequested) return;
      this.pairingRequested = true;
      const code = await connection.requestPairingCode(session.pairingPhone.replace(/^\+/, ""));
      await this.update({ status: "pairing", pairingCode: code, qr: null, qrExpiresAt: null });
      return;
    }
    await this.update({
      status: "qr_required",
      qr: await this.deps.qrImage(event.qr),
      qrExpiresAt: event.expiresAt,
    });
  }

  private async onOpen(phone: string | null, session: WaSession) {
    this.connected = true;
    this.failures = 0;
    const row = await this.update({
      status: "connected",
      phone,
      lastError: null,
      qr: null,
      qrExpiresAt: null,
      pairingCode: null,
      linkedAt: session.linkedAt ?? new Date(),
    });
    if (row && !row.groupsSyncedAt) await this.syncGroups({ force: true });
  }

  private async onClose(event: Extract<TransportEvent, { type: "close" }>) {
    this.connection = null;
    this.connected = false;
    const failures = event.reason === "connection_lost" ? this.failures + 1 : this.failures;
    const action = decideOnClose(event.reason, failures, this.deps.settings, this.deps.random);
    this.deps.log.info(
      { sessionId: this.id, reason: event.reason, code: event.code, action },
      "connection closed",
    );
    if (action.kind === "stop") {
      await this.finish(
        { status: action.status, lastError: action.error },
        { wipeCredentials: action.wipeCredentials },
      );
      return;
    }
    this.failures = failures;
    if (action.delayMs === 0) return this.connect();
    await this.update({ status: "disconnected", lastError: "connection_lost", qr: null, pairingCode: null });
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      this.connect().catch((error: unknown) => this.onFailure(error));
    }, action.delayMs);
  }

  /** Stops for good: the session needs an admin now, so no worker should pick it up again. */
  private async finish(patch: SessionPatch, options: { wipeCredentials: boolean }) {
    if (this.stopped) return;
    this.stopped = true;
    await this.dropConnection();
    await this.releaseLease({ ...patch, wanted: false }, options);
    this.deps.onStopped(this.id);
  }

  private async releaseLease(patch: SessionPatch, options: { wipeCredentials: boolean }) {
    try {
      await this.deps.store.release(
        this.id,
        { ...patch, qr: null, qrExpiresAt: null, pairingCode: null },
        options,
      );
    } catch (error) {
      if (!(error instanceof LeaseLostError)) throw error;
    }
  }

  private async dropConnection() {
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    const connection = this.connection;
    this.connection = null;
    this.connected = false;
    await connection?.close().catch(() => {});
  }

  /** Writes state while owned; a lost lease stops the runtime instead of writing. */
  private async update(patch: SessionPatch): Promise<WaSession | null> {
    try {
      return await this.deps.store.update(this.id, patch);
    } catch (error) {
      if (!(error instanceof LeaseLostError)) throw error;
      await this.stop({ lost: true });
      return null;
    }
  }

  private onFailure(error: unknown) {
    if (error instanceof LeaseLostError) {
      this.stop({ lost: true }).catch(() => {});
      return;
    }
    this.deps.log.error({ err: error, sessionId: this.id }, "session event handling failed");
  }
}
