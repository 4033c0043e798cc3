import { Boom } from "@hapi/boom";
import { DisconnectReason, proto } from "@whiskeysockets/baileys";
import { describe, expect, it, vi } from "vitest";
import {
  type FakeSocket,
  fakeSocket,
  memoryAuth,
  memoryStore,
  sessionRow,
  silentLogger,
} from "../../../test/fakes";
import { SessionRuntime } from "../../sessions/runtime";
import type { TransportEvent } from "../types";
import { createBaileysTransport, type SocketFactory } from "./transport";

const close = (statusCode: number, message = "closed") => ({
  connection: "close" as const,
  lastDisconnect: { error: new Boom(message, { statusCode }), date: new Date() },
});

/** A runtime over the Baileys adapter whose sockets are fakes the test drives. */
function setup(session = sessionRow()) {
  const sockets: FakeSocket[] = [];
  const configs: Array<Parameters<SocketFactory>[0]> = [];
  const transport = createBaileysTransport({
    logger: silentLogger,
    makeSocket: (config) => {
      const fake = fakeSocket();
      sockets.push(fake);
      configs.push(config);
      return fake.socket;
    },
  });
  // What the worker stored as sent recently (sending/sent-message.ts keeps older ones out).
  const sentMessage = vi.fn(async (id: string) => (id === "3EB0RECENT" ? { text: "Still fresh" } : null));
  const memory = memoryStore(session);
  const auth = memoryAuth();
  const sending = {
    onReceipt: vi.fn(async (_event: TransportEvent) => {}),
    onSendError: vi.fn(async (_event: TransportEvent) => {}),
    onRestriction: vi.fn(async (_event: TransportEvent) => {}),
  };
  const saveGroups = vi.fn(async () => {});
  const stopped = vi.fn();
  const runtime = new SessionRuntime({
    session,
    transport,
    store: memory.store,
    openAuth: async () => auth,
    qrImage: async (qr) => `data:image/png;base64,${qr}`,
    saveGroups,
    sending,
    sentMessage,
    settings: {
      reconnectBaseMs: 5,
      reconnectMaxMs: 20,
      reconnectMaxAttempts: 3,
      groupSyncMinIntervalMs: 60_000,
    },
    log: silentLogger,
    onStopped: stopped,
    random: () => 0.5,
  });
  const current = () => sockets.at(-1)!;
  return { runtime, memory, auth, sending, saveGroups, stopped, sockets, configs, sentMessage, current };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("Baileys adapter and session runtime", () => {
  it("shows each QR with its expiry, then connects, syncs groups and stores the number", async () => {
    const t = setup();
    await t.runtime.start();
    expect(t.memory.row.status).toBe("connecting");
    t.current().emit("connection.update", { qr: "ref-1,key" });
    await settle();
    expect(t.memory.row).toMatchObject({ status: "qr_required", qr: "data:image/png;base64,ref-1,key" });
    expect(t.memory.row.qrExpiresAt!.getTime() - Date.now()).toBeGreaterThan(55_000);
    t.current().emit("connection.update", { qr: "ref-2,key" });
    await settle();
    expect(t.memory.row.qrExpiresAt!.getTime() - Date.now()).toBeLessThan(21_000);

    t.auth.state.creds.me = { id: "971501234567:4@s.whatsapp.net" };
    t.current().emit("connection.update", { connection: "open" });
    await vi.waitFor(() => expect(t.saveGroups).toHaveBeenCalled());
    expect(t.memory.row).toMatchObject({
      status: "connected",
      phone: "+971501234567",
      qr: null,
      lastError: null,
    });
    expect(t.saveGroups).toHaveBeenCalledWith([
      { jid: "120363001@g.us", name: "Staff", participantCount: 12, announceOnly: false },
      { jid: "120363002@g.us", name: "Board", participantCount: 1, announceOnly: true },
    ]);
    expect(t.runtime.isConnected).toBe(true);
  });

  it("asks for a pairing code instead of showing QRs when linking by phone number", async () => {
    const t = setup(sessionRow({ linkMethod: "pairing", pairingPhone: "+971501234567" }));
    await t.runtime.start();
    t.current().emit("connection.update", { qr: "ref-1" });
    await vi.waitFor(() => expect(t.memory.row.status).toBe("pairing"));
    t.current().emit("connection.update", { qr: "ref-2" });
    await settle();
    expect(t.current().calls.requestPairingCode).toHaveBeenCalledTimes(1);
    expect(t.current().calls.requestPairingCode).toHaveBeenCalledWith("971501234567");
    expect(t.memory.row).toMatchObject({ pairingCode: "PAIR1234", qr: null });
  });

  it("reconnects at once on restart-required, and ignores the old socket from then on", async () => {
    const t = setup();
    await t.runtime.start();
    const first = t.current();
    first.emit("connection.update", close(DisconnectReason.restartRequired));
    await vi.waitFor(() => expect(t.sockets).toHaveLength(2));
    expect(t.memory.row.status).toBe("connecting");
    first.emit("connection.update", { connection: "open" });
    await settle();
    expect(t.memory.row.status).toBe("connecting");
  });

  it("backs off on lost connections and goes to failed after too many", async () => {
    const t = setup();
    await t.runtime.start();
    for (const code of [
      DisconnectReason.connectionLost,
      DisconnectReason.connectionClosed,
      DisconnectReason.unavailableService,
    ]) {
      const count = t.sockets.length;
      t.current().emit("connection.update", close(code));
      await vi.waitFor(() =>
        expect(t.memory.row).toMatchObject({ status: "disconnected", lastError: "connection_lost" }),
      );
      await vi.waitFor(() => expect(t.sockets).toHaveLength(count + 1));
    }
    t.current().emit("connection.update", close(DisconnectReason.connectionLost));
    await vi.waitFor(() => expect(t.memory.row.status).toBe("failed"));
    expect(t.memory.row).toMatchObject({ lastError: "too_many_failures", wanted: false, leaseOwner: null });
    expect(t.stopped).toHaveBeenCalled();
    expect(t.sockets).toHaveLength(4);
  });

  it.each([
    [DisconnectReason.loggedOut, { status: "logged_out", lastError: "logged_out" }, true],
    [DisconnectReason.connectionReplaced, { status: "failed", lastError: "connection_replaced" }, false],
    [DisconnectReason.forbidden, { status: "banned", lastError: "forbidden" }, false],
    [DisconnectReason.multideviceMismatch, { status: "failed", lastError: "multidevice_mismatch" }, false],
  ])("stops on close %i and reports it", async (code, expected, wiped) => {
    const t = setup();
    await t.runtime.start();
    t.current().emit("connection.update", close(code));
    await vi.waitFor(() =>
      expect(t.memory.row).toMatchObject({ ...expected, wanted: false, leaseOwner: null }),
    );
    expect(t.memory.releases.at(-1)!.wipeCredentials).toBe(wiped);
    expect(t.sockets).toHaveLength(1);
  });

  it("treats the end of the QR's lifetime as an unanswered link, not a lost connection", async () => {
    const t = setup();
    await t.runtime.start();
    t.current().emit("connection.update", { qr: "ref-1" });
    t.current().emit("connection.update", close(DisconnectReason.timedOut, "QR refs attempts ended"));
    await vi.waitFor(() =>
      expect(t.memory.row).toMatchObject({ status: "disconnected", lastError: "qr_timeout", wanted: false }),
    );
    expect(t.sockets).toHaveLength(1);
  });

  it("sends with our message id, maps receipts and error acks, and reports restrictions", async () => {
    const t = setup();
    await t.runtime.start();
    t.auth.state.creds.me = { id: "971501234567:4@s.whatsapp.net" };
    t.current().emit("connection.update", { connection: "open" });
    await vi.waitFor(() => expect(t.runtime.isConnected).toBe(true));
    await t.runtime.send({ jid: "971500000001@s.whatsapp.net", text: "Hi", messageId: "3EB0ABC" });
    expect(t.current().calls.sendMessage).toHaveBeenCalledWith(
      "971500000001@s.whatsapp.net",
      { text: "Hi" },
      { messageId: "3EB0ABC" },
    );

    const key = { remoteJid: "971500000001@s.whatsapp.net", fromMe: true, id: "3EB0ABC" };
    const Status = proto.WebMessageInfo.Status;
    t.current().emit("messages.update", [
      { key, update: { status: Status.SERVER_ACK } },
      { key, update: { status: Status.DELIVERY_ACK } },
      { key, update: { status: Status.READ } },
      { key: { ...key, fromMe: false }, update: { status: Status.READ } },
      { key, update: { status: Status.ERROR, messageStubParameters: ["463"] } },
    ]);
    t.current().emit("message-receipt.update", [
      { key: { ...key, remoteJid: "120363001@g.us" }, receipt: { userJid: "a", receiptTimestamp: 1 } },
      { key: { ...key, remoteJid: "120363001@g.us" }, receipt: { userJid: "b", readTimestamp: 2 } },
    ]);
    await settle();
    const receipts = t.sending.onReceipt.mock.calls.map(
      ([event]) => event.type === "receipt" && event.status,
    );
    expect(receipts).toEqual(["sent", "delivered", "read", "delivered", "read"]);
    expect(t.sending.onSendError).toHaveBeenCalledWith({
      type: "send_error",
      messageId: "3EB0ABC",
      code: "463",
    });

    const ends = new Date(Date.now() + 3_600_000);
    t.current().emit("connection.update", {
      reachoutTimeLock: {
        isActive: true,
        timeEnforcementEnds: ends,
        enforcementType: "BIZ_QUALITY" as never,
      },
    });
    t.current().emit("message-capping.update", {
      capping_status: "CAPPED" as never,
      cycle_end_timestamp: "1900000000",
    });
    await settle();
    expect(t.sending.onRestriction.mock.calls.map(([event]) => event)).toEqual([
      { type: "restriction", reason: "reachout_timelock", active: true, until: ends },
      { type: "restriction", reason: "quota_exhausted", active: true, until: new Date(1_900_000_000_000) },
    ]);
  });

  it("serves group metadata from its cache, asking WhatsApp once per group", async () => {
    let config: Parameters<SocketFactory>[0] | undefined;
    const fake = fakeSocket();
    const transport = createBaileysTransport({
      logger: silentLogger,
      makeSocket: (options) => {
        config = options;
        return fake.socket;
      },
    });
    const connection = transport.connect({
      sessionId: "s",
      auth: memoryAuth(),
      onEvent: () => {},
      sentMessage: async () => null,
    });
    await connection.fetchGroups();
    expect(await config!.cachedGroupMetadata!("120363001@g.us")).toMatchObject({ subject: "Staff" });
    await config!.cachedGroupMetadata!("120363999@g.us");
    await config!.cachedGroupMetadata!("120363999@g.us");
    expect(fake.calls.groupMetadata).toHaveBeenCalledTimes(1);
    fake.emit("groups.update", [{ id: "120363999@g.us", subject: "Renamed" }]);
    await config!.cachedGroupMetadata!("120363999@g.us");
    expect(fake.calls.groupMetadata).toHaveBeenCalledTimes(2);
  });

  it("logs out on WhatsApp and wipes the credentials when an admin logs out", async () => {
    const t = setup();
    await t.runtime.start();
    const socket = t.current();
    await t.runtime.logout();
    expect(socket.calls.logout).toHaveBeenCalled();
    expect(t.memory.row).toMatchObject({ status: "logged_out", wanted: false, leaseOwner: null });
    expect(t.memory.releases.at(-1)!.wipeCredentials).toBe(true);
    // Its close event after the logout changes nothing.
    socket.emit("connection.update", close(DisconnectReason.loggedOut));
    await settle();
    expect(t.memory.releases).toHaveLength(1);
  });

  it("reports the server's acknowledgement of each message as sent, and leaves error acks to messages.update", async () => {
    const t = setup();
    await t.runtime.start();
    t.current().receive("CB:ack,class:message", { tag: "ack", attrs: { id: "3EB0ABC", class: "message" } });
    t.current().receive("CB:ack,class:message", {
      tag: "ack",
      attrs: { id: "3EB0DEF", class: "message", error: "463" },
    });
    await settle();
    expect(t.sending.onReceipt.mock.calls.map(([event]) => event)).toEqual([
      { type: "receipt", messageId: "3EB0ABC", status: "sent" },
    ]);
  });

  it("answers a recipient's retry request with the stored message, only a recent one of ours", async () => {
    const t = setup();
    await t.runtime.start();
    const getMessage = t.configs[0]!.getMessage!;
    const key = { remoteJid: "971500000001@s.whatsapp.net", fromMe: true };
    expect(await getMessage({ ...key, id: "3EB0RECENT" })).toEqual({
      extendedTextMessage: { text: "Still fresh" },
    });
    // Too old (or never ours): Baileys gets nothing and sends nothing again.
    expect(await getMessage({ ...key, id: "3EB0OLD" })).toBeUndefined();
    expect(await getMessage({ ...key, id: "3EB0RECENT", fromMe: false })).toBeUndefined();
    expect(t.sentMessage.mock.calls).toEqual([["3EB0RECENT"], ["3EB0OLD"]]);
  });

  it("keeps one retry counter per session across reconnects", async () => {
    const t = setup();
    await t.runtime.start();
    const counters = t.configs[0]!.msgRetryCounterCache!;
    await counters.set("3EB0ABC:971500000001@s.whatsapp.net", 2);
    t.current().emit("connection.update", close(DisconnectReason.restartRequired));
    await vi.waitFor(() => expect(t.sockets).toHaveLength(2));
    expect(t.configs[1]!.msgRetryCounterCache).toBe(counters);
    expect(await t.configs[1]!.msgRetryCounterCache!.get("3EB0ABC:971500000001@s.whatsapp.net")).toBe(2);

    // Another session has its own.
    const other = setup(sessionRow({ id: "00000000-0000-4000-8000-000000000009" }));
    await other.runtime.start();
    expect(other.configs[0]!.msgRetryCounterCache).not.toBe(counters);
  });
});
