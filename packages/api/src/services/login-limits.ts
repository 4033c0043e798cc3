export interface LoginLimits {
  /** Failures allowed for one account from one address before that pair is refused. */
  perAccount: number;
  /** Failures allowed from one address across all accounts before it is refused. */
  perIp: number;
  windowMinutes: number;
  /**
   * Account-wide, across every address: past `afterFailures` each attempt on the account waits
   * `baseMs`, doubling per further failure up to `maxMs`. A delay instead of a lock, so a stranger
   * guessing from elsewhere slows the account down but never shuts its owner out.
   */
  slowdown: { afterFailures: number; baseMs: number; maxMs: number };
}

function numberFromEnv(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text === "") return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got "${text}"`);
  return value;
}

export function loginLimitsFromEnv(): LoginLimits {
  return {
    perAccount: numberFromEnv("LOGIN_MAX_FAILURES_PER_ACCOUNT", 5),
    perIp: numberFromEnv("LOGIN_MAX_FAILURES_PER_IP", 20),
    windowMinutes: 15,
    slowdown: {
      afterFailures: numberFromEnv("LOGIN_SLOWDOWN_AFTER_FAILURES", 20),
      baseMs: 500,
      maxMs: 10_000,
    },
  };
}

/** How long an attempt on an account with `failures` recent failures (all addresses) waits. */
export function slowdownDelayMs(failures: number, slowdown: LoginLimits["slowdown"]): number {
  if (failures < slowdown.afterFailures) return 0;
  const doublings = Math.min(failures - slowdown.afterFailures, 30);
  return Math.min(slowdown.baseMs * 2 ** doublings, slowdown.maxMs);
}
