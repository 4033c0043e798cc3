import path from "node:path";
import { z } from "zod";

const ms = (fallback: number) => z.coerce.number().int().min(0).default(fallback);

/** Every setting of the WhatsApp worker, read once from the environment. */
export const waConfigSchema = z.object({
  transport: z.enum(["baileys", "simulator"]).default("baileys"),
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
  reconnectMaxAttempts: z.coerce.number().int().min(1).default(10),
  /**
   * Consumers of `wa.send`, each fetching batches of up to 10 jobs; at most one job per session is
   * in hand at a time, so this many sessions at least send side by side.
   */
  sendConcurrency: z.coerce.number().int().min(1).default(10),
  /**
   * How often idle consumers look for jobs whose delay has run out (new jobs wake them at once);
   * waits, pacing and "owned elsewhere" hand-offs put jobs back with a delay, so keep it short.
   */
  pollIntervalMs: z.coerce.number().int().min(500).default(2_000),
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
  simulator: z.object({
    /** Link by itself this long after showing a QR or pairing code; unset: wait for "scan". */
    autoScanMs: z.coerce.number().int().min(0).optional(),
    qrTtlMs: ms(20_000),
    qrCount: z.coerce.number().int().min(1).default(6),
    ackMs: ms(150),
    deliveredMs: ms(1_000),
    readMs: ms(3_000),
    groups: z.coerce.number().int().min(0).max(500).default(4),
    /**
     * Test-only faults: "exit_after_send" ends the process once the simulated server has a message;
     * "no_ack" never acknowledges a message.
     */
    fault: z.enum(["exit_after_send", "no_ack"]).optional(),
  }),
});
export type WaConfig = z.infer<typeof waConfigSchema>;

export function waConfigFromEnv(env: NodeJS.ProcessEnv = process.env): WaConfig {
  // An empty variable means "not set", as in .env files with `NAME=`.
  const read = (name: string) => env[name] || undefined;
  return waConfigSchema.parse({
    transport: read("WA_TRANSPORT"),
    stateKey: read("WA_STATE_KEY"),
    production: env.NODE_ENV === "production",
    // The repository's .data folder, as `npm run dev` uses (apps/wa-worker/src → root).
    dataDir: path.resolve(read("TAQWEEM_DATA_DIR") ?? path.join(import.meta.dirname, "../../..", ".data")),
    leaseTtlMs: read("WA_LEASE_TTL_MS"),
    leaseRenewMs: read("WA_LEASE_RENEW_MS"),
    startStaggerMs: read("WA_START_STAGGER_MS"),
    reconnectBaseMs: read("WA_RECONNECT_BASE_MS"),
    reconnectMaxMs: read("WA_RECONNECT_MAX_MS"),
    reconnectMaxAttempts: read("WA_RECONNECT_MAX_ATTEMPTS"),
    sendConcurrency: read("WA_SEND_CONCURRENCY"),
    pollIntervalMs: read("WA_POLL_INTERVAL_MS"),
    ackTimeoutMs: read("WA_ACK_TIMEOUT_MS"),
    resendMaxAgeMs: read("WA_RESEND_MAX_AGE_MS"),
    waitRecheckMs: read("WA_WAIT_RECHECK_MS"),
    pacingHoldMs: read("WA_PACING_HOLD_MS"),
    groupSyncMinIntervalMs: read("WA_GROUP_SYNC_MIN_INTERVAL_MS"),
    baileysLogLevel: read("WA_BAILEYS_LOG_LEVEL"),
    simulator: {
      autoScanMs: read("WA_SIM_AUTO_SCAN_MS"),
      qrTtlMs: read("WA_SIM_QR_TTL_MS"),
      qrCount: read("WA_SIM_QR_COUNT"),
      ackMs: read("WA_SIM_ACK_MS"),
      deliveredMs: read("WA_SIM_DELIVERED_MS"),
      readMs: read("WA_SIM_READ_MS"),
      groups: read("WA_SIM_GROUPS"),
      fault: read("WA_SIM_FAULT"),
    },
  });
}

/** Database connections per pool: each send in flight (one per session) needs one at a time, plus room for receipts. */
export const waDbPoolSize = (config: Pick<WaConfig, "sendConcurrency">) => config.sendConcurrency + 5;
