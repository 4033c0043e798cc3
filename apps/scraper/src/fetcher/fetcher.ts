import type { ScrapeError } from "@taqweem/jobs";
import { FetchFailure, fetchOnce, type HttpResponse } from "./http";
import { HostPacer, type Sleep, sleep } from "./pacer";
import { RobotsCache, type RobotsFile } from "./robots";

/** A page's last 200 with its validators, kept so a 304 can be parsed like the 200 it confirms. */
export interface CachedPage {
  url: string;
  etag: string | null;
  lastModified: string | null;
  contentType: string | null;
  body: string;
}

/** Where the conditional GET cache lives (scrape_http_cache in production). */
export interface PageCache {
  get(url: string): Promise<CachedPage | null>;
  save(page: CachedPage): Promise<void>;
  /** The site confirmed the cached page (304). */
  touch(url: string): Promise<void>;
}

export interface Page {
  url: string;
  body: string;
  contentType: string | null;
  /** Answered 304: `body` is the cached copy the site confirmed. */
  notModified: boolean;
}

export type PageResult = { ok: true; page: Page } | { ok: false; error: ScrapeError };

export interface FetcherSettings {
  userAgent: string;
  /** Product token matched against robots.txt groups. */
  robotsAgent: string;
  requestTimeoutMs: number;
  maxBodyBytes: number;
  retries: number;
  retryBaseDelayMs: number;
  hostDelayMs: number;
  robotsTtlMs: number;
}

/**
 * The polite fetcher: robots.txt first (Disallow and Crawl-delay for our agent), one request at a
 * time per host with a pause, conditional GET against the cache, retries with exponential
 * backoff on 5xx, timeouts and network errors, none on 4xx. Never throws: a failure is a
 * ScrapeError for the page.
 */
export class Fetcher {
  private readonly pacer: HostPacer;
  private readonly robots: RobotsCache;

  constructor(
    private readonly settings: FetcherSettings,
    private readonly cache: PageCache,
    private readonly wait: Sleep = sleep,
    now: () => number = Date.now,
  ) {
    this.pacer = new HostPacer(wait, now);
    this.robots = new RobotsCache(
      (url) => this.fetchRobots(url),
      settings.robotsAgent,
      settings.robotsTtlMs,
      now,
    );
  }

  async get(url: string): Promise<PageResult> {
    const verdict = await this.robots.check(url);
    if (!verdict.allowed) {
      const message =
        verdict.refusal === "unreachable"
          ? "robots.txt could not be read (5xx or no answer): the site counts as closed"
          : "robots.txt disallows this URL";
      return { ok: false, error: { url, code: "robots_disallowed", message } };
    }
    const delayMs = Math.max(this.settings.hostDelayMs, verdict.crawlDelayMs);
    const cached = await this.cache.get(url);
    try {
      const response = await this.withRetries(url, delayMs, conditionalHeaders(cached));
      return { ok: true, page: await this.settle(url, response, cached) };
    } catch (error) {
      const failure =
        error instanceof FetchFailure ? error : new FetchFailure("network", String(error), false, undefined);
      return {
        ok: false,
        error: {
          url,
          code: failure.code,
          message: failure.message.slice(0, 1_000),
          ...(failure.status ? { status: failure.status } : {}),
        },
      };
    }
  }

  private async settle(url: string, response: HttpResponse, cached: CachedPage | null): Promise<Page> {
    if (response.status === 304) {
      // A 304 to a request without validators is the site's mistake: there is no page to read.
      if (!cached) throw new FetchFailure("http_error", "HTTP 304 without a cached copy", false, 304);
      await this.cache.touch(url);
      return { url, body: cached.body, contentType: cached.contentType, notModified: true };
    }
    const page = {
      url,
      body: response.body,
      contentType: response.headers.get("content-type"),
      notModified: false,
    };
    const etag = response.headers.get("etag");
    const lastModified = response.headers.get("last-modified");
    if (etag || lastModified) await this.cache.save({ ...page, etag, lastModified });
    return page;
  }

  /** GETs with the retry policy; returns any 2xx or a 304, throws a FetchFailure otherwise. */
  private async withRetries(
    url: string,
    delayMs: number,
    extra: Record<string, string>,
  ): Promise<HttpResponse> {
    for (let attempt = 0; ; attempt++) {
      try {
        const response = await this.attempt(url, delayMs, extra);
        if ((response.status >= 200 && response.status < 300) || response.status === 304) return response;
        throw new FetchFailure(
          "http_error",
          `HTTP ${response.status}`,
          response.status >= 500 || response.status === 429,
          response.status,
        );
      } catch (error) {
        if (!(error instanceof FetchFailure) || !error.retryable || attempt >= this.settings.retries)
          throw error;
        await this.wait(this.settings.retryBaseDelayMs * 2 ** attempt);
      }
    }
  }

  private attempt(url: string, delayMs: number, extra: Record<string, string>): Promise<HttpResponse> {
    return this.pacer.run(new URL(url).host, delayMs, () =>
      fetchOnce(url, {
        headers: {
          "user-agent": this.settings.userAgent,
          accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
          ...extra,
        },
        timeoutMs: this.settings.requestTimeoutMs,
        maxBodyBytes: this.settings.maxBodyBytes,
      }),
    );
  }

  private async fetchRobots(robotsUrl: string): Promise<RobotsFile> {
    try {
      const response = await this.attempt(robotsUrl, this.settings.hostDelayMs, {});
      return { status: response.status, body: response.body };
    } catch {
      return null;
    }
  }
}

function conditionalHeaders(cached: CachedPage | null): Record<string, string> {
  if (!cached) return {};
  return {
    ...(cached.etag ? { "if-none-match": cached.etag } : {}),
    ...(cached.lastModified ? { "if-modified-since": cached.lastModified } : {}),
  };
}

/** A PageCache in memory, for tests and benchmarks. */
export class MemoryPageCache implements PageCache {
  readonly pages = new Map<string, CachedPage>();
  async get(url: string) {
    return this.pages.get(url) ?? null;
  }
  async save(page: CachedPage) {
    this.pages.set(page.url, page);
  }
  async touch() {}
}
