import { type Database, organisations, type WaMessage, waMessages, waSessions } from "@taqweem/db";
import type { Logger } from "@taqweem/jobs/runtime";
import { asc, desc, eq, sql } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { WaConfig } from "../config";
import type { Ownership } from "../sessions/manager";
import { NotConnectedError, type SessionRuntime } from "../sessions/runtime";
import type { SessionStore } from "../sessions/store";
import { TransportSendError } from "../transport/types";
import { type AckWatch, ackStep, NO_SERVER_ACK } from "./ack";
import { providerMessageId } from "./message-id";
import { clearAckDeadline, failMessage, prepareRecordAttempt } from "./message-rows";
import { capWaitMs, Pacer, typingMs } from "./pacer";
import { pausedForMs, resumeSending } from "./pause";
import { recipientOf } from "./recipient";
import { applyRefusal } from "./refusal";
import { deferSend } from "./requeue";
import { sentCounts } from "./sent-counts";

/** Real send attempts (not waits) before a message is given up as failed. */
export const MAX_SEND_ATTEMPTS = 5;
// A session starting up on this worker is usually connected within seconds.
const CONNECTING_RECHECK_MS = 5_000;

export interface SendHandlerDeps {
  db: Database;
  boss: PgBoss;
  store: SessionStore;
  config: Pick<WaConfig, "ackTimeoutMs" | "waitRecheckMs" | "pacingHoldMs">;
  log: Logger;
  /** Messages out and awaiting WhatsApp's acknowledgement. */
  acks: AckWatch;
  acquire(sessionId: string): Promise<Ownership>;
  /** Aborted when the worker stops: waits end and their jobs go back on the queue. */
  signal: AbortSignal;
}

export type SendOutcome =
  /** Handed to WhatsApp; its acknowledgement is awaited (ack.ts). */
  | { outcome: "relayed"; retry: boolean }
  | { outcome: "skipped"; status?: string }
  | { outcome: "failed"; error: string }
  /** Refused as restricted: the session's sending is paused and the message queued again. */
  | { outcome: "paused" }
  | { outcome: "deferred"; reason: string; until: string };

/**
 * The `wa.send` job: sends one message through the worker that owns its session, paced, at most
 * once on WhatsApp (the row's status is checked first and the message id is derived from the row).
 */
export function createSendHandler(deps: SendHandlerDeps) {
  const refusalDeps = { ...deps, waitRecheckMs: deps.config.waitRecheckMs };
  const connectingRecheckMs = Math.min(CONNECTING_RECHECK_MS, deps.config.waitRecheckMs);
  const pacers = new Map<string, Pacer>();
  const pacerOf = (sessionId: string) => {
    const pacer = pacers.get(sessionId) ?? new Pacer();
    pacers.set(sessionId, pacer);
    return pacer;
  };
  const defer = async (
    messageId: string,
    reason: string,
    delayMs: number,
    sessionId: string | null,
  ): Promise<SendOutcome> => {
    const until = await deferSend(deps.boss, messageId, delayMs, sessionId);
    return { outcome: "deferred", reason, until: until.toISOString() };
  };
  const fail = async (message: WaMessage, error: string): Promise<SendOutcome> => {
    await failMessage(deps.db, { id: message.id }, error);
    return { outcome: "failed", error };
  };

  async function defaultSessionId(orgId: string): Promise<string | null> {
    const [row] = await deps.db
      .select({ id: waSessions.id })
      .from(waSessions)
      .where(eq(waSessions.orgId, orgId))
      .orderBy(desc(sql`${waSessions.status} = 'connected'`), asc(waSessions.createdAt))
      .limit(1);
    return row?.id ?? null;
  }

  // The message, its session and its organisation's country (for numbers without a country code),
  // in one round trip; built once (the hot path of every send).
  const loadSendQuery = deps.db
    .select({ message: waMessages, session: waSessions, country: organisations.country })
    .from(waMessages)
    .innerJoin(organisations, eq(organisations.id, waMessages.orgId))
    .leftJoin(waSessions, eq(waSessions.id, waMessages.sessionId))
    .where(eq(waMessages.id, sql.placeholder("id")))
    .prepare("wa_load_send");
  const recordAttempt = prepareRecordAttempt(deps.db);
  async function loadSend(messageId: string) {
    const [row] = await loadSendQuery.execute({ id: messageId });
    return row ?? null;
  }

  return async function handleSend({ messageId }: { messageId: string }): Promise<SendOutcome> {
    const loaded = await loadSend(messageId);
    const message = loaded?.message;
    if (message?.status !== "pending") return { outcome: "skipped", status: message?.status ?? "missing" };
    const step = ackStep(message, Date.now());
    if (step.kind === "wait") return defer(messageId, "awaiting_ack", step.ms, message.sessionId);
    if (step.kind === "fail") return fail(message, NO_SERVER_ACK);
    const sessionId = message.sessionId ?? (await defaultSessionId(message.orgId));
    if (!sessionId) return fail(message, "no_session");
    const recipient = recipientOf(message, loaded!.country);
    if (!recipient.ok) return fail(message, recipient.error);

    const owner = await deps.acquire(sessionId);
    // Another worker holds the session: put the job back for a moment, pg-boss hands it out again.
    if (owner.kind === "elsewhere")
      return defer(messageId, "owned_elsewhere", 500 + Math.random() * 1000, sessionId);
    if (owner.kind === "idle") return defer(messageId, "session_idle", deps.config.waitRecheckMs, sessionId);
    if (owner.kind === "starting") return defer(messageId, "not_connected", connectingRecheckMs, sessionId);
    const runtime = owner.runtime;
    if (!runtime.isConnected) return defer(messageId, "not_connected", connectingRecheckMs, sessionId);

    // Read with the message, or now for a message that goes out through the default session.
    const session = loaded!.session ?? (await deps.store.load(sessionId));
    if (!session) return fail(message, "no_session");
    const now = Date.now();
    const paused = pausedForMs(session, now);
    if (paused === null) return defer(messageId, "paused", deps.config.waitRecheckMs, sessionId);
    if (paused > 0) return defer(messageId, "paused", Math.min(paused, deps.config.waitRecheckMs), sessionId);
    if (session.sendingPausedAt) await resumeSending(deps.store, sessionId);

    const pacer = pacerOf(sessionId);
    const slot = pacer.reserve(messageId, session.pacing, now);
    if (slot - now > deps.config.pacingHoldMs) return defer(messageId, "pacing", slot - now, sessionId);

    return runtime.exclusive(async () => {
      const capWait = session.pacing.enabled
        ? capWaitMs(session.pacing, await sentCounts(deps.db, sessionId), Date.now())
        : 0;
      if (capWait > 0) {
        pacer.release(messageId);
        return defer(messageId, "cap", capWait, sessionId);
      }
      try {
        await pause(slot - Date.now(), deps.signal);
        await showTyping(runtime, recipient.jid, typingMs(session.pacing, message.body), deps.signal);
      } catch {
        return defer(messageId, "stopping", 0, sessionId);
      }
      pacer.release(messageId);
      return sendNow(runtime, message, recipient.jid, step.retry);
    });
  };

  async function sendNow(
    runtime: SessionRuntime,
    message: WaMessage,
    jid: string,
    retry: boolean,
  ): Promise<SendOutcome> {
    const id = providerMessageId(message.id);
    const { ackTimeoutMs } = deps.config;
    // Also the check that the message is still ours to send: the row changed since it was read
    // (sent, failed, or attempted by another job) unless this claims it.
    const attempts = await recordAttempt(message, {
      sessionId: runtime.id,
      providerId: id,
      ackTimeoutMs,
      retry,
    });
    if (attempts === null) return { outcome: "skipped", status: "changed" };
    try {
      await withTimeout(runtime.send({ jid, text: message.body, messageId: id }), ackTimeoutMs);
    } catch (error) {
      if (error instanceof TransportSendError) {
        const result = await applyRefusal(refusalDeps, runtime.id, { id: message.id }, error.code);
        return result === "failed"
          ? { outcome: "failed", error: `rejected:${error.code}` }
          : { outcome: "paused" };
      }
      await clearAckDeadline(deps.db, message.id);
      if (error instanceof NotConnectedError)
        return defer(message.id, "not_connected", connectingRecheckMs, runtime.id);
      if (attempts >= MAX_SEND_ATTEMPTS) return fail(message, "send_failed");
      throw error;
    }
    deps.acks.expect(runtime.id, id, message.id, ackTimeoutMs);
    return { outcome: "relayed", retry };
  }
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(signal.reason);
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(done, ms);
    function done() {
      signal.removeEventListener("abort", abort);
      resolve();
    }
    function abort() {
      clearTimeout(timer);
      reject(signal.reason);
    }
    signal.addEventListener("abort", abort, { once: true });
  });
}

async function showTyping(runtime: SessionRuntime, jid: string, ms: number, signal: AbortSignal) {
  if (ms <= 0) return;
  // "Typing" is a courtesy: a presence that fails to send must not stop the message.
  await runtime.setTyping(jid, true).catch(() => {});
  await pause(ms, signal);
  await runtime.setTyping(jid, false).catch(() => {});
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no server ack within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
