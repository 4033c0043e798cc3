import type { Sql } from "@taqweem/db";

export type Health = { status: "ok"; db: "up" } | { status: "unavailable"; db: "down" };

/**
 * What anyone may learn without signing in: is the app up and does it reach its database. The
 * reason of a failure (driver messages name hosts and ports) goes to the log, never to the caller;
 * workers and their hosts are for admins, on the System page.
 */
export async function checkHealth(sql: Sql, timeoutMs = 2_000): Promise<Health> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`database check timed out after ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([sql`select 1`, timeout]);
    return { status: "ok", db: "up" };
  } catch (error) {
    console.error(JSON.stringify({ level: 50, msg: "health check failed", err: String(error) }));
    return { status: "unavailable", db: "down" };
  } finally {
    clearTimeout(timer);
  }
}
