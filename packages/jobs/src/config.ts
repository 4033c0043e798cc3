import { hostname } from "node:os";
import { type Env, settingsFromEnv, wholeNumber } from "@taqweem/db/env";
import { z } from "zod";

/** Settings every worker process shares, read from the environment on each call (tests change it). */
export const workerConfigSchema = z.object({
  /** pino level of the JSON logs. */
  logLevel: z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"]).default("info"),
  /** How often each worker updates its row in the workers table. */
  heartbeatMs: wholeNumber(1).default(5_000),
  /** Time in-flight jobs get on SIGTERM; keep under the container's kill timeout. */
  shutdownTimeoutMs: wholeNumber().default(20_000),
  /** The host a worker reports (a container's HOSTNAME is its id). */
  host: z.string().default(() => hostname()),
});
export type WorkerConfig = z.infer<typeof workerConfigSchema>;

export function workerConfigFromEnv(env: Env = process.env): WorkerConfig {
  return settingsFromEnv(
    workerConfigSchema,
    {
      logLevel: "LOG_LEVEL",
      heartbeatMs: "HEARTBEAT_INTERVAL_MS",
      shutdownTimeoutMs: "WORKER_SHUTDOWN_TIMEOUT_MS",
      host: "HOSTNAME",
    },
    env,
  );
}

/** A worker counts as online while its heartbeats keep arriving: three missed beats and it is offline. */
export function workerOnlineWindowMs(heartbeatMs = workerConfigFromEnv().heartbeatMs): number {
  return 3 * heartbeatMs;
}
