import { EventEmitter } from "node:events";
import type { WaSession } from "@taqweem/db";
import type { Logger } from "@taqweem/jobs/runtime";
import {
  type BaileysEventMap,
  type BinaryNode,
  initAuthCreds,
  type SignalKeyStore,
} from "@whiskeysockets/baileys";
import { vi } from "vitest";
import type { DatabaseAuthState } from "../src/auth/db-auth-state";
import type { SessionStore } from "../src/sessions/store";
import type { BaileysSocket } from "../src/transport/baileys/transport";

/** A stand-in for a Baileys socket: the test emits its events and reads the calls made on it. */
export function fakeSocket() {
  const emitter = new EventEmitter();
  // The websocket's own events ("CB:ack,class:message", ...), below Baileys' event buffer.
  const ws = new EventEmitter();
  const socket = {
    ws,
    ev: {
      on: (event: string, listener: (arg: unknown) => void) => emitter.on(event, listener),
      off: (event: string, listener: (arg: unknown) => void) => emitter.off(event, listener),
      removeAllListeners: (event: string) => emitter.removeAllListeners(event),
      emit: (event: string, arg: unknown) => emitter.emit(event, arg),
    },
    requestPairingCode: vi.fn(async () => "PAIR1234"),
    sendMessage: vi.fn(async () => undefined),
    sendPresenceUpdate: vi.fn(async () => {}),
    groupFetchAllParticipating: vi.fn(async () => ({
      "120363001@g.us": {
        id: "120363001@g.us",
        subject: "Staff",
        owner: undefined,
        participants: [],
        size: 12,
      },
      "120363002@g.us": {
        id: "120363002@g.us",
        subject: "Board",
        owner: undefined,
        participants: [{ id: "a" }],
        announce: true,
      },
    })),
    groupMetadata: vi.fn(async (jid: string) => ({
      id: jid,
      subject: "Fetched",
      owner: undefined,
      participants: [],
    })),
    logout: vi.fn(async () => {}),
    end: vi.fn(),
  };
  return {
    socket: socket as unknown as BaileysSocket,
    calls: socket,
    emit<E extends keyof BaileysEventMap>(event: E, arg: BaileysEventMap[E]) {
      emitter.emit(event, arg);
    },
    /** A stanza from the server, e.g. `("CB:ack,class:message", { tag: "ack", attrs: { id } })`. */
    receive(event: string, node: BinaryNode) {
      ws.emit(event, node);
    },
  };
}
export type FakeSocket = ReturnType<typeof fakeSocket>;

export function memoryAuth(): DatabaseAuthState {
  const data = new Map<string, unknown>();
  const keys: SignalKeyStore = {
    async get(type, ids) {
      const found = ids.flatMap((id) => (data.has(`${type}/${id}`) ? [[id, data.get(`${type}/${id}`)]] : []));
      return Object.fromEntries(found) as never;
    },
    async set(values) {
      for (const [type, entries] of Object.entries(values))
        for (const [id, value] of Object.entries(entries ?? {}))
          value === null ? data.delete(`${type}/${id}`) : data.set(`${type}/${id}`, value);
    },
  };
  return { state: { creds: initAuthCreds(), keys }, saveCreds: vi.fn(async () => {}) };
}

export function sessionRow(overrides: Partial<WaSession> = {}): WaSession {
  const now = new Date();
  return {
    id: "00000000-0000-4000-8000-000000000001",
    orgId: "00000000-0000-4000-8000-000000000002",
    name: "Test",
    transport: "baileys",
    status: "disconnected",
    phone: null,
    lastError: null,
    wanted: true,
    linkMethod: "qr",
    pairingPhone: null,
    qr: null,
    qrExpiresAt: null,
    pairingCode: null,
    linkedAt: null,
    leaseOwner: "00000000-0000-4000-8000-000000000003",
    leaseExpiresAt: new Date(now.getTime() + 30_000),
    sendingPausedAt: null,
    sendingPausedReason: null,
    sendingResumeAt: null,
    pacing: { enabled: false } as WaSession["pacing"],
    groupsSyncedAt: null,
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
}

/** The session row as the runtime writes it, in memory; `releases` records how the lease was given up. */
export function memoryStore(initial: WaSession) {
  let row = initial;
  const releases: Array<{ patch: Partial<WaSession>; wipeCredentials: boolean }> = [];
  const store = {
    load: async () => row,
    update: async (_id: string, patch: Partial<WaSession>) => {
      row = { ...row, ...patch };
      return row;
    },
    release: async (_id: string, patch: Partial<WaSession>, options: { wipeCredentials?: boolean } = {}) => {
      releases.push({ patch, wipeCredentials: Boolean(options.wipeCredentials) });
      row = { ...row, ...patch, leaseOwner: null, leaseExpiresAt: null };
      return row;
    },
    fence: () => async () => {},
  } as unknown as SessionStore;
  return {
    store,
    releases,
    get row() {
      return row;
    },
  };
}

export const silentLogger = {
  child: () => silentLogger,
  trace: () => {},
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  level: "silent",
} as unknown as Logger;
