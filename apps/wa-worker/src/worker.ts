import { waCommandQueue, waSendQueue, workerOnlineWindowMs } from "@taqweem/jobs";
import type { WorkerContext } from "@taqweem/jobs/runtime";
import { useDatabaseAuthState } from "./auth/db-auth-state";
import { createCommandHandler } from "./commands/command-handler";
import type { WaConfig } from "./config";
import { createSealedBox } from "./crypto/sealed-box";
import { loadStateKey } from "./crypto/state-key";
import { saveGroups } from "./groups/save-groups";
import { createInboundEvents } from "./inbound/receive";
import { createAckWatch } from "./sending/ack";
import { batchReceipts } from "./sending/receipt-batcher";
import { deferSend, requeueOrphanedSends } from "./sending/requeue";
import { createSendHandler } from "./sending/send-handler";
import { recentSentMessage } from "./sending/sent-message";
import { createSessionSendingEvents } from "./sending/session-events";
import { createLeases } from "./sessions/leases";
import { SessionManager } from "./sessions/manager";
import { qrImage } from "./sessions/qr-image";
import { SessionRuntime } from "./sessions/runtime";
import { createSessionStore } from "./sessions/store";
import { createTransport } from "./transport";
import type { WhatsAppTransport } from "./transport/types";

/**
 * Wires the WhatsApp worker into the common worker runtime: sessions and their leases, `wa.send`
 * and `wa.command`. Returns the teardown that closes every connection and releases the leases.
 */
export function waWorkerSetup(config: WaConfig, options: { transport?: WhatsAppTransport } = {}) {
  // Checked before anything connects: production refuses to run without WA_STATE_KEY.
  const stateKey = loadStateKey(config.stateKey, config.production, config.dataDir);
  return async (ctx: WorkerContext) => {
    const { db, boss, log } = ctx;
    if (stateKey.generatedFile)
      log.warn(
        { file: stateKey.generatedFile },
        "WA_STATE_KEY is not set: WhatsApp credentials are sealed with the key generated in this file",
      );
    const box = createSealedBox(stateKey.key);
    const transport = options.transport ?? createTransport(config, db, log);
    const store = createSessionStore(db, ctx.identity.id);
    const leases = createLeases(db, {
      workerId: ctx.identity.id,
      ttlMs: config.leaseTtlMs,
      transport: transport.kind,
      liveWorkerWindowMs: workerOnlineWindowMs(),
    });
    // An unacknowledged message's job goes back on the queue at its deadline (sent once more, then failed).
    const acks = createAckWatch((rowId, sessionId) => {
      deferSend(boss, rowId, 0, sessionId).catch((error: unknown) =>
        log.error({ err: error, messageId: rowId }, "requeueing an unacknowledged message failed"),
      );
    });
    const receipts = batchReceipts(db, log);
    const eventDeps = { db, boss, store, log, acks, receipts, waitRecheckMs: config.waitRecheckMs };
    const inboundDeps = { db, boss, log, words: { stop: config.stopWords, start: config.startWords } };

    const manager: SessionManager = new SessionManager({
      leases,
      log,
      leaseTtlMs: config.leaseTtlMs,
      leaseRenewMs: config.leaseRenewMs,
      startStaggerMs: config.startStaggerMs,
      onClaimed: async (sessionId) => {
        const requeued = await requeueOrphanedSends(db, boss, sessionId);
        if (requeued > 0) log.info({ sessionId, requeued }, "requeued sends left by the previous owner");
      },
      createRuntime: (session, onStopped) =>
        new SessionRuntime({
          session,
          transport,
          store,
          openAuth: () => useDatabaseAuthState(db, session.id, box, { fence: store.fence(session.id) }),
          qrImage,
          saveGroups: (groups) => saveGroups(db, session, groups),
          sending: createSessionSendingEvents(eventDeps, session.id),
          inbound: createInboundEvents(inboundDeps, session),
          sentMessage: (messageId) => recentSentMessage(db, session.id, messageId, config.resendMaxAgeMs),
          settings: config,
          log,
          onStopped,
        }),
    });

    const acquire = (sessionId: string) => manager.acquire(sessionId);
    // A full batch is followed by the next at once: pg-boss would otherwise wait a polling
    // interval between fetches, which caps a backlog at one job per interval.
    const polling = {
      pollingIntervalSeconds: config.pollIntervalMs / 1000,
      notifyPollingIntervalSeconds: config.pollIntervalMs / 1000,
      burstWhenBatchFull: true,
    };
    // Sends: `sendConcurrency` consumers fetch batches side by side. A session's jobs form a pg-boss
    // group (waSendGroup) and a lane here: the jobs of a session in hand go out one after another,
    // in the order fetched (also across batches), while sessions send side by side. At most
    // `sendConcurrency` jobs of a session are in hand at once (pg-boss leaves a group at its local
    // limit out of the next fetches; pg-boss caps that limit at the consumer count), so one
    // session's backlog never holds all the consumers while other sessions wait.
    await ctx.work(
      waSendQueue,
      createSendHandler({ db, boss, store, config, log, acks, acquire, signal: manager.signal }),
      {
        ...polling,
        batchSize: config.sendConcurrency,
        localConcurrency: config.sendConcurrency,
        localGroupConcurrency: config.sendConcurrency,
        laneOf: (job) => job.groupId,
      },
    );
    await ctx.work(waCommandQueue, createCommandHandler({ db, boss, log, acquire }), {
      ...polling,
      parallel: true,
      localConcurrency: 2,
      batchSize: 4,
    });
    manager.start();
    log.info({ transport: transport.kind }, "WhatsApp sessions managed here");
    return async () => {
      await manager.stop();
      acks.clear();
    };
  };
}
