import { type Database, loginFailures } from "@taqweem/db";
import { and, count, eq, gt, inArray, lt, or, sql } from "drizzle-orm";
import { type LoginLimits, loginLimitsFromEnv, slowdownDelayMs } from "./login-limits";

export interface LoginDeps {
  /** Waits out the account-wide slowdown; tests pass one that records the delay instead. */
  wait?: (ms: number) => Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Counters of failed sign-ins, as keys of `login_failures`: the tight limits apply to one account
 * from one address and to one address across accounts; the account-wide count only slows down.
 */
function failureKeys(email: string, ip: string | null) {
  const address = ip ?? "unknown";
  return { pair: `pair:${address}|${email}`, ip: `ip:${address}`, account: `email:${email}` };
}

/**
 * Reserves this attempt as a failure before the password is checked, so parallel attempts cannot
 * all pass a count read before any of them was recorded. The two keys with a hard limit are
 * locked for the transaction: attempts on the same pair or address are counted one at a time.
 * Returns the reserved rows (removed again when the password is right) and the account-wide
 * count, or null when a limit is reached (a refused attempt is not recorded).
 */
async function reserveAttempt(db: Database, keys: ReturnType<typeof failureKeys>, limits: LoginLimits) {
  return db.transaction(async (tx) => {
    for (const key of [keys.pair, keys.ip].sort()) {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
    }
    const counts = await tx
      .select({ key: loginFailures.key, failures: count() })
      .from(loginFailures)
      .where(
        and(
          inArray(loginFailures.key, Object.values(keys)),
          gt(loginFailures.at, sql`now() - make_interval(mins => ${limits.windowMinutes})`),
        ),
      )
      .groupBy(loginFailures.key);
    const failuresOf = (key: string) => counts.find((row) => row.key === key)?.failures ?? 0;
    if (failuresOf(keys.pair) >= limits.perAccount || failuresOf(keys.ip) >= limits.perIp) return null;
    const reserved = await tx
      .insert(loginFailures)
      .values(Object.values(keys).map((key) => ({ key })))
      .returning({ id: loginFailures.id });
    return { ids: reserved.map((row) => row.id), accountFailures: failuresOf(keys.account) };
  });
}

/**
 * Runs a password check under the sign-in limits of (account, address), wherever a password is
 * typed: the sign-in form, and the current password when changing it (a stolen session must not
 * guess there either). `check` answers the value on the right password and null on a wrong one.
 * Failures are counted in Postgres so the limits hold across every web replica: per account and
 * address, and per address, a limited caller is refused before the password is checked (guessing
 * stops working even with the right password); across all addresses, the account only gets
 * slower, so its owner still signs in from their own address.
 */
export async function withPasswordAttemptLimits<T>(
  db: Database,
  attempt: { email: string; ip: string | null },
  check: () => Promise<T | null>,
  limits: LoginLimits = loginLimitsFromEnv(),
  deps: LoginDeps = {},
): Promise<{ ok: true; value: T } | { ok: false; reason: "invalid_credentials" | "rate_limited" }> {
  const keys = failureKeys(attempt.email.trim().toLowerCase(), attempt.ip);
  const reserved = await reserveAttempt(db, keys, limits);
  if (!reserved) return { ok: false, reason: "rate_limited" };
  const delay = slowdownDelayMs(reserved.accountFailures, limits.slowdown);
  if (delay > 0) await (deps.wait ?? sleep)(delay);

  const value = await check();
  if (value === null) {
    // Old rows are worthless once outside every window.
    await db.delete(loginFailures).where(lt(loginFailures.at, sql`now() - interval '1 day'`));
    return { ok: false, reason: "invalid_credentials" };
  }
  // The right password: this attempt was no failure, and this address starts afresh for the
  // account. The account-wide and per-address counts stay, or a success would reset them.
  await db
    .delete(loginFailures)
    .where(or(inArray(loginFailures.id, reserved.ids), eq(loginFailures.key, keys.pair)));
  return { ok: true, value };
}
