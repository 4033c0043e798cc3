import { z } from "zod";
import { type Env, settingsFromEnv, wholeNumber } from "./env";

/** Every setting of the database package, read from the environment on each call (tests change it). */
export const dbConfigSchema = z.object({
  /** Postgres connection string; unset outside production, the dev and test scripts provide one. */
  databaseUrl: z.string().optional(),
  /** application_name of the process-wide connection, as pg_stat_activity shows it. */
  appName: z.string().optional(),
  /** How long a process waits for the database to accept connections on start. */
  waitTimeoutMs: wholeNumber().default(60_000),
});
export type DbConfig = z.infer<typeof dbConfigSchema>;

export function dbConfigFromEnv(env: Env = process.env): DbConfig {
  return settingsFromEnv(
    dbConfigSchema,
    { databaseUrl: "DATABASE_URL", appName: "TAQWEEM_APP_NAME", waitTimeoutMs: "DB_WAIT_TIMEOUT_MS" },
    env,
  );
}
