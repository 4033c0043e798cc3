import postgres from "postgres";
import { dbConfigFromEnv } from "./config";

export interface WaitOptions {
  timeoutMs?: number;
  intervalMs?: number;
  log?: (message: string) => void;
}

/** Blocks until Postgres answers `select 1`, or throws a clear error once the timeout is spent. */
export async function waitForDatabase(url: string, options: WaitOptions = {}): Promise<void> {
  const timeoutMs = options.timeoutMs ?? dbConfigFromEnv().waitTimeoutMs;
  const intervalMs = options.intervalMs ?? 1_000;
  const deadline = Date.now() + timeoutMs;
  let attempt = 0;
  for (;;) {
    attempt += 1;
    const sql = postgres(url, { max: 1, connect_timeout: 5, onnotice: () => {} });
    try {
      await sql`select 1`;
      return;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (Date.now() + intervalMs > deadline) {
        throw new Error(
          `Database not reachable at ${redactUrl(url)} after ${attempt} attempts (${timeoutMs} ms): ${reason}`,
        );
      }
      options.log?.(`waiting for database at ${redactUrl(url)} (attempt ${attempt}): ${reason}`);
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    } finally {
      await sql.end({ timeout: 1 }).catch(() => {});
    }
  }
}

export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "<invalid DATABASE_URL>";
  }
}
