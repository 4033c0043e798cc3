import type { Logger } from "@taqweem/jobs/runtime";
import {
  type BinaryNode,
  Browsers,
  type CacheStore,
  type GroupMetadata,
  makeCacheableSignalKeyStore,
  makeWASocket,
  NewChatMessageCappingOTEStatusType,
  NewChatMessageCappingStatusType,
  ReachoutTimelockEnforcementType,
  type UserFacingSocketConfig,
  type WASocket,
} from "@whiskeysockets/baileys";
import { phoneFromJid } from "../jid";
import type {
  ConnectOptions,
  GroupInfo,
  TransportConnection,
  TransportEvent,
  WhatsAppTransport,
} from "../types";
import { closeReasonOf, statusCodeOf } from "./close-reason";
import { inboundFromMessage, lidMappingEvent } from "./inbound";
import { eventFromServerAck, eventsFromMessageUpdates, eventsFromUserReceipts } from "./receipts";
import { createRetryCounterCache } from "./retry-counters";

/** The part of a Baileys socket the adapter uses; tests inject a fake through the factory. */
export type BaileysSocket = Pick<
  WASocket,
  | "ev"
  | "requestPairingCode"
  | "sendMessage"
  | "sendPresenceUpdate"
  | "groupFetchAllParticipating"
  | "groupMetadata"
  | "logout"
  | "end"
  | "ws"
>;
export type SocketFactory = (config: UserFacingSocketConfig) => BaileysSocket;

// Baileys shows the first QR for 60 s and each later one for 20 s (its qrTimeout defaults).
const FIRST_QR_MS = 60_000;
const NEXT_QR_MS = 20_000;

const toGroupInfo = (group: GroupMetadata): GroupInfo => ({
  jid: group.id,
  name: group.subject,
  participantCount: group.size ?? group.participants.length,
  announceOnly: Boolean(group.announce),
});

export function createBaileysTransport(options: {
  logger: Logger;
  makeSocket?: SocketFactory;
}): WhatsAppTransport {
  const makeSocket = options.makeSocket ?? (makeWASocket as SocketFactory);
  // One per session, outlasting its sockets (see retry-counters.ts).
  const retryCounters = new Map<string, CacheStore>();
  const retryCountersOf = (sessionId: string) => {
    const cache = retryCounters.get(sessionId) ?? createRetryCounterCache();
    retryCounters.set(sessionId, cache);
    return cache;
  };
  return {
    kind: "baileys",
    connect(connect: ConnectOptions): TransportConnection {
      const logger = options.logger.child({ sessionId: connect.sessionId });
      // Group metadata Baileys needs for every group send, kept so it does not ask WhatsApp each
      // time (and hit its rate limits); refreshed by fetchGroups, dropped when a group changes.
      const groupMetadata = new Map<string, GroupMetadata>();
      const socket = makeSocket({
        auth: {
          creds: connect.auth.state.creds,
          keys: makeCacheableSignalKeyStore(connect.auth.state.keys, logger),
        },
        logger,
        browser: Browsers.ubuntu("Chrome"),
        // Stay "offline" so the phone keeps its notifications.
        markOnlineOnConnect: false,
        syncFullHistory: false,
        shouldSyncHistoryMessage: () => false,
        msgRetryCounterCache: retryCountersOf(connect.sessionId),
        // A recipient's device that could not decrypt a message asks for it again: Baileys
        // encrypts it anew from what we stored (recent messages only, never old ones).
        getMessage: async (key) => {
          if (!key.fromMe || !key.id) return undefined;
          const sent = await connect.sentMessage(key.id);
          // Sent as { text }, which Baileys turns into an extendedTextMessage.
          return sent ? { extendedTextMessage: { text: sent.text } } : undefined;
        },
        // Asked before every group send: fetched once per group and connection, then cached.
        cachedGroupMetadata: async (jid) => {
          const cached = groupMetadata.get(jid);
          if (cached) return cached;
          const fetched = await socket.groupMetadata(jid);
          groupMetadata.set(jid, fetched);
          return fetched;
        },
      });

      let closed = false;
      let qrCount = 0;
      const emit = (event: TransportEvent) => {
        if (!closed) connect.onEvent(event);
      };

      socket.ev.on("creds.update", () => {
        connect.auth
          .saveCreds()
          .catch((error: unknown) => logger.error({ err: error }, "saving credentials failed"));
      });
      socket.ev.on("connection.update", (update) => {
        if (update.qr) {
          qrCount += 1;
          emit({
            type: "qr",
            qr: update.qr,
            expiresAt: new Date(Date.now() + (qrCount === 1 ? FIRST_QR_MS : NEXT_QR_MS)),
          });
        }
        if (update.reachoutTimeLock) {
          const lock = update.reachoutTimeLock;
          emit({
            type: "restriction",
            reason: "reachout_timelock",
            active:
              Boolean(lock.isActive) && lock.enforcementType !== ReachoutTimelockEnforcementType.DEFAULT,
            until: lock.timeEnforcementEnds ?? null,
          });
        }
        if (update.connection === "open")
          emit({ type: "open", phone: phoneFromJid(connect.auth.state.creds.me?.id) });
        if (update.connection === "close") {
          const error = update.lastDisconnect?.error;
          const code = statusCodeOf(error);
          emit({
            type: "close",
            reason: closeReasonOf(code, qrCount > 0),
            code,
            detail: error?.message ?? "",
          });
          closed = true;
        }
      });
      socket.ev.on("messages.update", (updates) => {
        for (const event of eventsFromMessageUpdates(updates)) emit(event);
      });
      // The server's acknowledgement of each message we send (Baileys itself only reads the
      // error acks, which it reports as messages.update with status ERROR).
      socket.ws.on("CB:ack,class:message", (node: BinaryNode) => {
        const event = eventFromServerAck(node);
        if (event) emit(event);
      });
      socket.ev.on("message-receipt.update", (updates) => {
        for (const event of eventsFromUserReceipts(updates)) emit(event);
      });
      socket.ev.on("message-capping.update", (info) => {
        const capped =
          info.capping_status === NewChatMessageCappingStatusType.CAPPED ||
          info.ote_status === NewChatMessageCappingOTEStatusType.EXHAUSTED;
        const ends = Number(info.cycle_end_timestamp);
        emit({
          type: "restriction",
          reason: "quota_exhausted",
          active: capped,
          until: Number.isFinite(ends) && ends > 0 ? new Date(ends * 1000) : null,
        });
      });
      const forgetGroups = (ids: Array<string | undefined>) => {
        for (const id of ids) if (id) groupMetadata.delete(id);
        emit({ type: "groups_changed" });
      };
      socket.ev.on("groups.update", (groups) => forgetGroups(groups.map((group) => group.id)));
      socket.ev.on("groups.upsert", (groups) => forgetGroups(groups.map((group) => group.id)));
      socket.ev.on("group-participants.update", (change) => forgetGroups([change.id]));
      // Replies (a STOP among them): only new messages ("notify"), not history being synced.
      socket.ev.on("messages.upsert", ({ messages, type }) => {
        if (type !== "notify") return;
        for (const message of messages)
          inboundFromMessage(message, connect.auth.state.keys)
            .then((event) => event && emit(event))
            .catch((error: unknown) => logger.warn({ err: error }, "reading an inbound message failed"));
      });
      socket.ev.on("lid-mapping.update", (mapping) => {
        const event = lidMappingEvent(mapping);
        if (event) emit(event);
      });

      return {
        requestPairingCode: (phoneDigits) => socket.requestPairingCode(phoneDigits),
        async send(message) {
          // Resolves once the message is relayed; WhatsApp's error acks arrive later as send_error.
          await socket.sendMessage(message.jid, { text: message.text }, { messageId: message.messageId });
        },
        setTyping: (jid, typing) => socket.sendPresenceUpdate(typing ? "composing" : "paused", jid),
        async fetchGroups() {
          const groups = Object.values(await socket.groupFetchAllParticipating());
          groupMetadata.clear();
          for (const group of groups) groupMetadata.set(group.id, group);
          return groups.map(toGroupInfo);
        },
        async logout() {
          closed = true;
          await socket.logout();
        },
        async close() {
          closed = true;
          socket.end(undefined);
        },
      };
    },
  };
}
