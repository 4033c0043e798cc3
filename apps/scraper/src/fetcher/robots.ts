import robotsParser from "robots-parser";

type Robot = ReturnType<typeof robotsParser>;

/** What robots.txt says of one URL for our agent. */
export interface RobotsVerdict {
  allowed: boolean;
  /** Why not: its rules, or it could not be read (then the whole site counts as closed). */
  refusal?: "rules" | "unreachable";
  /** The host's Crawl-delay for our agent, 0 when none. */
  crawlDelayMs: number;
}

/** robots.txt of an origin as fetched: its status and body, or null when it could not be fetched. */
export type RobotsFile = { status: number; body: string } | null;

/** A failed fetch of robots.txt is asked again after this long, not after the full TTL. */
const RETRY_UNREACHABLE_MS = 5 * 60 * 1000;

/**
 * robots.txt per origin, fetched once and kept for `ttlMs`. As RFC 9309 says: a 4xx means no
 * rules (everything allowed); an unreachable file or a 5xx means everything is disallowed.
 */
export class RobotsCache {
  private readonly entries = new Map<string, { robot: Robot | "allow-all" | "deny-all"; until: number }>();
  private readonly loading = new Map<string, Promise<void>>();

  constructor(
    private readonly load: (robotsUrl: string) => Promise<RobotsFile>,
    private readonly agent: string,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async check(url: string): Promise<RobotsVerdict> {
    const origin = new URL(url).origin;
    let entry = this.entries.get(origin);
    if (!entry || entry.until <= this.now()) {
      await this.refresh(origin);
      entry = this.entries.get(origin);
    }
    const robot = entry?.robot ?? "deny-all";
    if (robot === "allow-all") return { allowed: true, crawlDelayMs: 0 };
    if (robot === "deny-all") return { allowed: false, refusal: "unreachable", crawlDelayMs: 0 };
    const allowed = robot.isAllowed(url, this.agent) !== false;
    return {
      allowed,
      ...(allowed ? {} : { refusal: "rules" as const }),
      crawlDelayMs: Math.max(0, (robot.getCrawlDelay(this.agent) ?? 0) * 1000),
    };
  }

  private refresh(origin: string): Promise<void> {
    let pending = this.loading.get(origin);
    if (!pending) {
      pending = this.fetchRules(origin).finally(() => this.loading.delete(origin));
      this.loading.set(origin, pending);
    }
    return pending;
  }

  private async fetchRules(origin: string): Promise<void> {
    const robotsUrl = `${origin}/robots.txt`;
    const file = await this.load(robotsUrl);
    const now = this.now();
    if (file === null || file.status >= 500) {
      this.entries.set(origin, {
        robot: "deny-all",
        until: now + Math.min(this.ttlMs, RETRY_UNREACHABLE_MS),
      });
    } else if (file.status >= 400) {
      this.entries.set(origin, { robot: "allow-all", until: now + this.ttlMs });
    } else {
      this.entries.set(origin, { robot: robotsParser(robotsUrl, file.body), until: now + this.ttlMs });
    }
  }
}
