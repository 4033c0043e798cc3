import { randomBytes } from "node:crypto";
import { isLinked } from "../../auth/db-auth-state";
import type { WaConfig } from "../../config";
import { jidFromE164, phoneFromJid } from "../jid";
import { phoneOfSender, storeLidMapping } from "../lid";
import {
  type ConnectOptions,
  type ReceiptStatus,
  type TransportConnection,
  type TransportEvent,
  TransportSendError,
  type WhatsAppTransport,
} from "../types";
import { simulatedGroups, simulatedPairingCode, simulatedPhone, simulatedQr } from "./fixtures";
import type { SimulatorServer } from "./server";

// A linked simulated number "connects" this long after the socket opens.
const OPEN_DELAY_MS = 50;

/**
 * The stand-in for WhatsApp in development and tests: shows real QR images for made-up refs,
 * links when told the code was scanned (or by itself after `autoScanMs`), has fixture groups, and
 * reports server ack, delivered and read after the configured delays. It can be told to drop the
 * connection, log out, ban the number, or refuse the next message as a restricted account (463).
 */
export function createSimulatorTransport(options: {
  config: WaConfig["simulator"];
  server: SimulatorServer;
}): WhatsAppTransport {
  const { config, server } = options;
  return {
    kind: "simulator",
    connect(connect: ConnectOptions): TransportConnection {
      const { creds } = connect.auth.state;
      const timers = new Set<NodeJS.Timeout>();
      let closed = false;
      let pairingPhone: string | null = null;
      let refuseNext = false;

      const later = (ms: number, task: () => void | Promise<void>) => {
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (!closed) Promise.resolve(task()).catch(() => {});
        }, ms);
        timers.add(timer);
      };
      const end = () => {
        closed = true;
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
      };
      const emit = (event: TransportEvent) => {
        if (!closed) connect.onEvent(event);
      };
      const closeWith = (event: Extract<TransportEvent, { type: "close" }>) => {
        emit(event);
        end();
      };

      const reportReceipt = async (messageId: string, status: ReceiptStatus) => {
        await server.recordReceipt(connect.sessionId, messageId, status);
        emit({ type: "receipt", messageId, status });
      };
      const scheduleReceipts = (messageId: string, acceptedAt: Date, after: ReceiptStatus | null) => {
        const elapsed = Date.now() - acceptedAt.getTime();
        if (after === null || after === "sent")
          later(Math.max(0, config.deliveredMs - elapsed), () => reportReceipt(messageId, "delivered"));
        later(Math.max(0, config.readMs - elapsed), () => reportReceipt(messageId, "read"));
      };

      const link = async () => {
        if (isLinked(creds)) return;
        const phone = pairingPhone ?? simulatedPhone(connect.sessionId);
        creds.me = { id: `${phone.slice(1)}:1@s.whatsapp.net`, name: "Simulated" };
        creds.account = {};
        creds.registered = true;
        await connect.auth.saveCreds();
        // As on WhatsApp: after pairing, the server closes the socket and asks for a restart.
        closeWith({ type: "close", reason: "restart_required", code: 515, detail: "simulated pairing" });
      };

      const showQr = (shown: number) => {
        if (pairingPhone) return;
        if (shown === config.qrCount) {
          closeWith({ type: "close", reason: "qr_timeout", code: 408, detail: "QR refs attempts ended" });
          return;
        }
        emit({ type: "qr", qr: simulatedQr(creds), expiresAt: new Date(Date.now() + config.qrTtlMs) });
        later(config.qrTtlMs, () => showQr(shown + 1));
      };

      if (isLinked(creds)) {
        later(OPEN_DELAY_MS, async () => {
          emit({ type: "open", phone: phoneFromJid(creds.me?.id) });
          // Receipts WhatsApp would deliver on reconnect, for messages sent before a restart.
          for (const row of await server.unread(connect.sessionId))
            scheduleReceipts(row.messageId, row.acceptedAt, row.receipt as ReceiptStatus);
        });
      } else {
        later(0, () => showQr(0));
        if (config.autoScanMs !== undefined) later(config.autoScanMs, link);
      }

      return {
        async requestPairingCode(phoneDigits) {
          pairingPhone = `+${phoneDigits}`;
          return simulatedPairingCode();
        },
        async send(message) {
          if (closed) throw new Error("connection closed");
          await new Promise((resolve) => setTimeout(resolve, config.ackMs));
          if (refuseNext) {
            refuseNext = false;
            throw new TransportSendError("463");
          }
          const recipient = message.jid.endsWith("@g.us")
            ? message.jid
            : (phoneFromJid(message.jid) ?? message.jid);
          const { acceptedAt } = await server.accept(connect.sessionId, {
            messageId: message.messageId,
            recipient,
            body: message.text,
          });
          if (config.fault === "exit_after_send") process.kill(process.pid, "SIGKILL");
          // "no_ack": the server takes the message but its acknowledgement never comes back.
          if (config.fault === "no_ack") return;
          later(0, () => emit({ type: "receipt", messageId: message.messageId, status: "sent" }));
          scheduleReceipts(message.messageId, acceptedAt, null);
        },
        async setTyping() {},
        async fetchGroups() {
          return simulatedGroups(connect.sessionId, config.groups);
        },
        async logout() {
          end();
        },
        async close() {
          end();
        },
        async simulate(action) {
          switch (action) {
            case "scan":
              return link();
            case "drop":
              return closeWith({
                type: "close",
                reason: "connection_lost",
                code: 428,
                detail: "simulated drop",
              });
            case "logout":
              return closeWith({
                type: "close",
                reason: "logged_out",
                code: 401,
                detail: "simulated logout",
              });
            case "ban":
              return closeWith({ type: "close", reason: "forbidden", code: 403, detail: "simulated ban" });
            case "restrict":
              refuseNext = true;
          }
        },
        async simulateInbound(message) {
          if (closed) return;
          const { keys } = connect.auth.state;
          // As on WhatsApp: the mapping arrives first (lid-mapping.update) and Baileys stores it.
          if (message.lidPhone && !message.from.startsWith("+")) {
            await storeLidMapping(keys, message.from, message.lidPhone);
            emit({ type: "lid_mapping", lid: message.from, phone: message.lidPhone });
          }
          const jid = message.from.startsWith("+") ? jidFromE164(message.from) : message.from;
          emit({
            type: "inbound",
            messageId: `SIM${randomBytes(10).toString("hex").toUpperCase()}`,
            sender: message.from,
            phone: await phoneOfSender(keys, jid),
            text: message.text,
            at: new Date(),
          });
        },
      };
    },
  };
}
