import { loginConfigFromEnv } from "../config";

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

export function loginLimitsFromEnv(): LoginLimits {
  const { perAccount, perIp, slowdownAfterFailures } = loginConfigFromEnv();
  return {
    perAccount,
    perIp,
    windowMinutes: 15,
    slowdown: {
      afterFailures: slowdownAfterFailures,
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
