import type { Server } from "node:http";
import {
  createConnection,
  type Database,
  databaseUrl,
  type Sql,
  type WorkerKind,
  waitForDatabase,
} from "@taqweem/db";
import type { PgBoss, WorkOptions } from "pg-boss";
import { createBoss } from "../boss";
import { pingQueues } from "../catalogue";
import { workerConfigFromEnv } from "../config";
import { publishEvent } from "../events";
import type { QueueDefinition } from "../queue";
import { type JobHandler, type WorkHooks, workQueue } from "../work";
import { startHealthServer } from "./http";
import { createLogger, type Logger } from "./logger";
import { createMetrics, type WorkerMetrics } from "./metrics";
import { describeWorker, heartbeat, registerWorker, unregisterWorker, type WorkerIdentity } from "./registry";

export interface WorkerContext {
  identity: WorkerIdentity;
  boss: PgBoss;
  db: Database;
  sql: Sql;
  log: Logger;
  metrics: WorkerMetrics;
  /** Subscribes a handler to a queue with payload validation, logging and metrics. */
  work<Q extends QueueDefinition, R>(
    queue: Q,
    handler: JobHandler<Q, R>,
    options?: Pick<
      WorkOptions,
      | "localConcurrency"
      | "localGroupConcurrency"
      | "batchSize"
      | "pollingIntervalSeconds"
      | "notifyPollingIntervalSeconds"
      | "burstWhenBatchFull"
    > &
      Pick<WorkHooks, "parallel" | "laneOf">,
  ): Promise<string>;
}

export interface WorkerSpec {
  kind: WorkerKind;
  version: string;
  /** Port of /health and /metrics; 0 picks a free one. */
  port: number;
  databaseUrl?: string;
  heartbeatMs?: number;
  shutdownTimeoutMs?: number;
  /** Connections of each of the worker's pools (drizzle and pg-boss); 5 and 10 unless told. */
  dbPoolSize?: number;
  /**
   * Registers the worker's own queues; runs after the ping handler is in place. May return a
   * teardown, run first on stop (before in-flight jobs are awaited), e.g. to close connections.
   */
  setup?: (ctx: WorkerContext) => Promise<void | (() => Promise<void>)>;
}

export interface RunningWorker {
  identity: WorkerIdentity;
  port: number;
  stop(): Promise<void>;
}

export async function runWorker(spec: WorkerSpec): Promise<RunningWorker> {
  const log = createLogger(spec.kind);
  const url = spec.databaseUrl ?? databaseUrl();
  const settings = workerConfigFromEnv();
  const heartbeatMs = spec.heartbeatMs ?? settings.heartbeatMs;
  const shutdownTimeoutMs = spec.shutdownTimeoutMs ?? settings.shutdownTimeoutMs;

  await waitForDatabase(url, { log: (message) => log.warn(message) });
  const { db, sql } = createConnection(url, { max: spec.dbPoolSize ?? 5, appName: `taqweem-${spec.kind}` });
  const identity = describeWorker(spec.kind, spec.version);
  const metrics = createMetrics(spec.kind);
  const boss = createBoss("worker", url, { max: spec.dbPoolSize });
  boss.on("error", (error) => log.error({ err: error }, "pg-boss error"));
  await boss.start();
  await registerWorker(db, identity);

  const ctx: WorkerContext = {
    identity,
    boss,
    db,
    sql,
    log,
    metrics,
    work: (queue, handler, options) =>
      workQueue(
        boss,
        queue,
        async (payload, job) => {
          const jobLog = log.child({ queue: queue.name, jobId: job.id });
          jobLog.debug("job started");
          return handler(payload, job);
        },
        {
          ...options,
          onError: (queueName, jobId, error) =>
            log.warn({ queue: queueName, jobId, err: error }, "job failed"),
          onDone: (queueName, jobId, ms, status) => {
            metrics.recordJob(queueName, status, ms);
            log.info({ queue: queueName, jobId, ms: Math.round(ms * 10) / 10, status }, "job done");
          },
        },
      ),
  };

  await ctx.work(pingQueues[spec.kind], async (ping) => {
    const reply = {
      type: "ping.reply" as const,
      orgId: ping.orgId,
      userId: ping.requestedBy,
      pingId: ping.pingId,
      kind: identity.kind,
      host: identity.host,
      workerId: identity.id,
      sentAt: ping.sentAt,
      answeredAt: new Date().toISOString(),
    };
    await publishEvent(sql, reply);
    return reply;
  });
  const teardown = await spec.setup?.(ctx);

  const beat = async () => {
    try {
      const lastSeenAt = (await heartbeat(db, identity.id, metrics.snapshot())) ?? (await reRegister());
      await publishEvent(sql, {
        type: "worker.heartbeat",
        workerId: identity.id,
        kind: identity.kind,
        host: identity.host,
        lastSeenAt: lastSeenAt.toISOString(),
      });
    } catch (error) {
      log.warn({ err: error }, "heartbeat failed");
    }
  };
  const reRegister = async () => {
    await registerWorker(db, identity);
    return new Date();
  };
  const timer = setInterval(beat, heartbeatMs);
  await beat();

  const server: Server = await startHealthServer(spec.port, metrics, async () => {
    try {
      await sql`select 1`;
      return {
        ok: true,
        detail: { db: "up", workerId: identity.id, uptimeSeconds: Math.round(process.uptime()) },
      };
    } catch (error) {
      return {
        ok: false,
        detail: { db: "down", reason: error instanceof Error ? error.message : String(error) },
      };
    }
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : spec.port;
  log.info({ workerId: identity.id, host: identity.host, port }, "worker started");

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      log.info("stopping: finishing in-flight jobs");
      clearInterval(timer);
      server.close();
      await teardown?.().catch((error: unknown) => log.error({ err: error }, "teardown failed"));
      // Jobs still running at the timeout are released by pg-boss and retried by another worker.
      await boss.stop({ graceful: true, timeout: shutdownTimeoutMs });
      await unregisterWorker(db, identity.id).catch(() => {});
      await publishEvent(sql, { type: "worker.stopped", workerId: identity.id, kind: identity.kind }).catch(
        () => {},
      );
      await sql.end({ timeout: 5 });
      log.info("stopped");
    })();
    return stopping;
  };
  return { identity, port, stop };
}
