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

/** How scrape results are signed (scraper) and verified (web-jobs); both read the same variables. */
export const scrapeSigningConfigSchema = z.object({
  /** HMAC-SHA256 key shared by the scraper and web-jobs; at least 32 characters. */
  secret: z.string({ error: "must be set (at least 32 characters)" }).min(32, {
    error: "must be at least 32 characters",
  }),
  /** A result signed longer ago than this is refused by the importer. */
  maxAgeSeconds: wholeNumber(1).default(6 * 3600),
});
export type ScrapeSigningConfig = z.infer<typeof scrapeSigningConfigSchema>;

export function scrapeSigningConfigFromEnv(env: Env = process.env): ScrapeSigningConfig {
  return settingsFromEnv(
    scrapeSigningConfigSchema,
    { secret: "SCRAPER_SIGNING_SECRET", maxAgeSeconds: "SCRAPER_RESULT_MAX_AGE_SECONDS" },
    env,
  );
}

/** The scraper role's password, set by the migrate step (the role stays NOLOGIN without one). */
export const scraperRoleConfigSchema = z.object({ password: z.string().min(16).optional() });

export function scraperRoleConfigFromEnv(env: Env = process.env): z.infer<typeof scraperRoleConfigSchema> {
  return settingsFromEnv(scraperRoleConfigSchema, { password: "SCRAPER_DATABASE_PASSWORD" }, env);
}
