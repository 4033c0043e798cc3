import path from "node:path";
import {
  type Env,
  type EnvVariables,
  port,
  runsInProduction,
  settingsFromEnv,
  wholeNumber,
} from "@taqweem/db/env";
import { z } from "zod";

const ms = (fallback: number) => wholeNumber().default(fallback);

/** A comma-separated list of words in a variable (Arabic commas too); blank entries dropped. */
const wordList = (fallback: string[]) =>
  z
    .string()
    .transform((value) =>
      value
        .split(/[,،]/)
        .map((word) => word.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string()).min(1, { error: "must name at least one word" }))
    .default(fallback);

/** Every setting of the WhatsApp worker, read once from the environment. */
export const waConfigSchema = z.object({
  transport: z.enum(["baileys", "simulator"]).default("baileys"),
  /** Port of /health and /metrics; 0 picks a free one. */
  port: port().default(3102),
  /** 32 bytes, base64 or hex; required in production (see crypto/state-key.ts). */
  stateKey: z.string().optional(),
  production: z.boolean(),
  /** Local state outside production: the generated WA_STATE_KEY when none is given. */
  dataDir: z.string(),
  /** A lease lives this long unless renewed; another worker takes the session over after it. */
  leaseTtlMs: ms(30_000),
  leaseRenewMs: ms(5_000),
  /** Gap between session starts after a worker starts, so reconnects do not all land at once. */
  startStaggerMs: ms(2_000),
  reconnectBaseMs: ms(2_000),
  reconnectMaxMs: ms(5 * 60_000),
  /** Consecutive failed connection attempts before a session goes to "failed". */
  reconnectMaxAttempts: wholeNumber(1).default(10),
  /**
   * Consumers of `wa.send`, each fetching batches of up to 10 jobs; at most one job per session is
   * in hand at a time, so this many sessions at least send side by side.
   */
  sendConcurrency: wholeNumber(1).default(10),
  /**
   * How often idle consumers look for jobs whose delay has run out (new jobs wake them at once);
   * waits, pacing and "owned elsewhere" hand-offs put jobs back with a delay, so keep it short.
   */
  pollIntervalMs: wholeNumber(500).default(2_000),
  /** A message WhatsApp's server has not acknowledged this long after it went out is sent once more, then fails. */
  ackTimeoutMs: ms(30_000),
  /** A recipient's device may ask for a message again (a retry receipt) up to this long after it was sent. */
  resendMaxAgeMs: ms(24 * 60 * 60_000),
  /** A paused or disconnected session's messages are looked at again after this long. */
  waitRecheckMs: ms(60_000),
  /** A pacing wait up to this long is held in the job; a longer one puts the job back with a delay. */
  pacingHoldMs: ms(5_000),
  groupSyncMinIntervalMs: ms(60_000),
  baileysLogLevel: z.string().default("warn"),
  /**
   * A reply that is only one of these words opts the contact out (compared in lower case with
   * Arabic spelling variants and diacritics folded, so "ايقاف" matches "إيقاف").
   */
  stopWords: wordList(["stop", "unsubscribe", "إيقاف", "الغاء", "إلغاء الاشتراك", "توقف", "ستوب"]),
  /** A reply that is only one of these words opts the contact back in. */
  startWords: wordList(["start", "subscribe", "اشتراك", "ابدأ", "تفعيل"]),
  simulator: z.object({
    /** Link by itself this long after showing a QR or pairing code; unset: wait for "scan". */
    autoScanMs: wholeNumber().optional(),
    qrTtlMs: ms(20_000),
    qrCount: wholeNumber(1).default(6),
    ackMs: ms(150),
    deliveredMs: ms(1_000),
    readMs: ms(3_000),
    groups: wholeNumber().max(500, { error: "must be at most 500" }).default(4),
    /**
     * Test-only faults: "exit_after_send" ends the process once the simulated server has a message;
     * "no_ack" never acknowledges a message.
     */
    fault: z.enum(["exit_after_send", "no_ack"]).optional(),
  }),
});
export type WaConfig = z.infer<typeof waConfigSchema>;

const variables = {
  transport: "WA_TRANSPORT",
  port: "WA_WORKER_PORT",
  stateKey: "WA_STATE_KEY",
  leaseTtlMs: "WA_LEASE_TTL_MS",
  leaseRenewMs: "WA_LEASE_RENEW_MS",
  startStaggerMs: "WA_START_STAGGER_MS",
  reconnectBaseMs: "WA_RECONNECT_BASE_MS",
  reconnectMaxMs: "WA_RECONNECT_MAX_MS",
  reconnectMaxAttempts: "WA_RECONNECT_MAX_ATTEMPTS",
  sendConcurrency: "WA_SEND_CONCURRENCY",
  pollIntervalMs: "WA_POLL_INTERVAL_MS",
  ackTimeoutMs: "WA_ACK_TIMEOUT_MS",
  resendMaxAgeMs: "WA_RESEND_MAX_AGE_MS",
  waitRecheckMs: "WA_WAIT_RECHECK_MS",
  pacingHoldMs: "WA_PACING_HOLD_MS",
  groupSyncMinIntervalMs: "WA_GROUP_SYNC_MIN_INTERVAL_MS",
  baileysLogLevel: "WA_BAILEYS_LOG_LEVEL",
  stopWords: "WA_STOP_WORDS",
  startWords: "WA_START_WORDS",
  simulator: {
    autoScanMs: "WA_SIM_AUTO_SCAN_MS",
    qrTtlMs: "WA_SIM_QR_TTL_MS",
    qrCount: "WA_SIM_QR_COUNT",
    ackMs: "WA_SIM_ACK_MS",
    deliveredMs: "WA_SIM_DELIVERED_MS",
    readMs: "WA_SIM_READ_MS",
    groups: "WA_SIM_GROUPS",
    fault: "WA_SIM_FAULT",
  },
} as const satisfies EnvVariables<z.input<typeof waConfigSchema>>;

/** The worker's settings from the environment; a bad value throws a ConfigError naming its variable. */
export function waConfigFromEnv(env: Env = process.env): WaConfig {
  return settingsFromEnv(waConfigSchema, variables, env, {
    production: runsInProduction(env),
    // The repository's .data folder, as `npm run dev` uses (apps/wa-worker/src → root).
    dataDir: path.resolve(env.TAQWEEM_DATA_DIR || path.join(import.meta.dirname, "../../..", ".data")),
  });
}

/** Database connections per pool: each send in flight (one per session) needs one at a time, plus room for receipts. */
export const waDbPoolSize = (config: Pick<WaConfig, "sendConcurrency">) => config.sendConcurrency + 5;
