import { type Env, port, settingsFromEnv, wholeNumber } from "@taqweem/db/env";
import { z } from "zod";

/** Every setting of the scraper, read from the environment. */
export const scraperConfigSchema = z.object({
  /** Port of /health and /metrics; 0 picks a free one. */
  port: port().default(3103),
  /** Named in the User-Agent, so a site's admin knows who fetches and whom to ask. */
  contactUrl: z
    .url({ error: "must be a URL (a page about the scraper or a mailto:)" })
    .default("https://github.com/taqweem/taqweem"),
  /** Whole-request budget of one attempt: connect, headers and body. */
  requestTimeoutMs: wholeNumber(100).default(20_000),
  /** Larger responses are aborted while streaming and count as a failed page. */
  maxBodyBytes: wholeNumber(1_024).default(5 * 1024 * 1024),
  /** Attempts after the first on 5xx, timeouts and network errors (never on 4xx). */
  retries: wholeNumber(0).default(2),
  /** First retry waits this long; each further one twice as long. */
  retryBaseDelayMs: wholeNumber(0).default(2_000),
  /** Pause between two requests to one host (robots.txt's Crawl-delay, when longer, wins). */
  hostDelayMs: wholeNumber(0).default(1_500),
  /** How long a host's robots.txt is trusted before it is fetched again. */
  robotsTtlMs: wholeNumber(0).default(6 * 3600 * 1000),
});
export type ScraperConfig = z.infer<typeof scraperConfigSchema>;

export function scraperConfigFromEnv(env: Env = process.env): ScraperConfig {
  return settingsFromEnv(
    scraperConfigSchema,
    {
      port: "SCRAPER_PORT",
      contactUrl: "SCRAPER_CONTACT_URL",
      requestTimeoutMs: "SCRAPER_REQUEST_TIMEOUT_MS",
      maxBodyBytes: "SCRAPER_MAX_BODY_BYTES",
      retries: "SCRAPER_RETRIES",
      retryBaseDelayMs: "SCRAPER_RETRY_DELAY_MS",
      hostDelayMs: "SCRAPER_HOST_DELAY_MS",
      robotsTtlMs: "SCRAPER_ROBOTS_TTL_MS",
    },
    env,
  );
}

/** The product token robots.txt groups are matched against. */
export const ROBOTS_AGENT = "TaqweemBot";

/** "TaqweemBot/0.1.0 (+https://…)": names the product, its version and whom to contact. */
export function userAgent(config: Pick<ScraperConfig, "contactUrl">, version: string): string {
  return `${ROBOTS_AGENT}/${version} (+${config.contactUrl})`;
}
