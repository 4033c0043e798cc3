import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  type ScraperFixtureServer,
  startScraperFixtureServer,
} from "../../../../tests/support/scraper-fixture-server";
import { Fetcher, type FetcherSettings, MemoryPageCache } from "./fetcher";

const settings: FetcherSettings = {
  userAgent: "TaqweemBot/0.1.0 (+https://example.org/bot)",
  robotsAgent: "TaqweemBot",
  requestTimeoutMs: 400,
  maxBodyBytes: 64 * 1024,
  retries: 2,
  retryBaseDelayMs: 10,
  hostDelayMs: 0,
  robotsTtlMs: 60_000,
};

let server: ScraperFixtureServer;
beforeAll(async () => {
  server = await startScraperFixtureServer({ today: "2025-09-15", slowMs: 2_000, crawlDelaySeconds: 0.1 });
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const site = (path: string) => `${server.url}/site/${path}`;
const requestsTo = (path: string) => server.requests.filter((request) => request.path === `/site/${path}`);

describe("Fetcher against the fixture server", () => {
  it("names itself, reads robots.txt once and never asks for a disallowed URL", async () => {
    const fetcher = new Fetcher(settings, new MemoryPageCache());
    const page = await fetcher.get(site("events/concert.html"));
    expect(page.ok && page.page.body).toContain("Summer Concert");
    const refused = await fetcher.get(site("private/members-night.html"));
    expect(refused).toEqual({
      ok: false,
      error: {
        url: site("private/members-night.html"),
        code: "robots_disallowed",
        message: expect.any(String),
      },
    });
    expect(requestsTo("private/members-night.html")).toHaveLength(0);
    expect(server.requests.filter((request) => request.path === "/robots.txt")).toHaveLength(1);
    expect(server.requests[0]!.headers["user-agent"]).toBe(settings.userAgent);
  });

  it("waits robots.txt's Crawl-delay between two requests to the host", async () => {
    const fetcher = new Fetcher(settings, new MemoryPageCache());
    const started: number[] = [];
    const timed = async (path: string) => {
      await fetcher.get(site(path));
      started.push(performance.now());
    };
    await Promise.all([timed("events/concert.html"), timed("events/concert-ar.html"), timed("about.html")]);
    const gaps = started.slice(1).map((at, index) => at - started[index]!);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(95);
  });

  it("retries a 500 and succeeds, but never retries a 404", async () => {
    const fetcher = new Fetcher(settings, new MemoryPageCache());
    const flaky = await fetcher.get(site("flaky.html"));
    expect(flaky.ok && flaky.page.body).toContain("Second Try Gala");
    expect(requestsTo("flaky.html")).toHaveLength(2);
    const gone = await fetcher.get(site("gone.html"));
    expect(gone).toEqual({
      ok: false,
      error: { url: site("gone.html"), code: "http_error", status: 404, message: "HTTP 404" },
    });
    expect(requestsTo("gone.html")).toHaveLength(1);
  });

  it("gives up on a page that does not answer in time, after its retries", async () => {
    const fetcher = new Fetcher({ ...settings, retries: 1 }, new MemoryPageCache());
    const slow = await fetcher.get(site("slow.html"));
    expect(slow.ok ? null : slow.error.code).toBe("timeout");
    expect(requestsTo("slow.html")).toHaveLength(2);
  });

  it("aborts a body larger than the limit while it streams", async () => {
    const fetcher = new Fetcher(settings, new MemoryPageCache());
    const huge = await fetcher.get(site("huge.html"));
    expect(huge.ok ? null : huge.error.code).toBe("too_large");
    expect(requestsTo("huge.html")).toHaveLength(1);
  });

  it("asks again with the ETag and reads the cached copy on a 304", async () => {
    const cache = new MemoryPageCache();
    const fetcher = new Fetcher(settings, cache);
    const first = await fetcher.get(site("events/concert.html"));
    const second = await fetcher.get(site("events/concert.html"));
    expect(first.ok && first.page.notModified).toBe(false);
    expect(second.ok && second.page.notModified).toBe(true);
    expect(second.ok && second.page.body).toBe(first.ok && first.page.body);
    const [, again] = requestsTo("events/concert.html");
    expect(again!.headers["if-none-match"]).toBe(cache.pages.get(site("events/concert.html"))!.etag);
  });
});
