import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";

/**
 * A local stand-in for the scraped sites, for the real fetcher to talk to (tests, benchmark,
 * Playwright). One origin hosts four sites under path prefixes, each usable as a source's base URL:
 *   /admo   ADMO's monthly calendar (/admo/en/abu-dhabi-events/?month=9&year=2025, /admo/ar/...)
 *   /adnec  ADNEC: sitemap.xml, the listing /adnec/en/eventlisting, detail pages in en and ar
 *   /site   a generic site: sitemap.xml of pages with Event JSON-LD, and every misbehaviour
 *           (flaky.html 500 once, slow.html times out, gone.html 404, huge.html oversized,
 *           private/ forbidden by robots.txt)
 *   /ical   feed.ics, an iCalendar feed
 * robots.txt (at the root) lets TaqweemBot in except /site/private/ with a Crawl-delay, and
 * forbids every other agent. Every file has an ETag and honours If-None-Match (304).
 *
 * Fixture sets (tests/fixtures/scraper/<set>): `base`; `changed` (ADMO's film festival renamed
 * and a day later, ADIPEC an hour later, the energy summit gone from ADNEC); `empty` (every
 * calendar and listing valid but without events); `broken` (ADMO's September page redesigned,
 * IDEX's English page without JSON-LD). Switch with `use(set)` or `POST /__fixtures/use?set=…`.
 * Dates in the fixtures are written relative to `today` ({{M+1}} = next month), so imported
 * events land in the future at any date; ADMO's real September 2025 page stays as it is.
 */
export const fixtureSets = ["base", "changed", "empty", "broken"] as const;
export type FixtureSet = (typeof fixtureSets)[number];

const layers: Record<FixtureSet, string[]> = {
  base: ["base"],
  changed: ["changed", "base"],
  empty: ["empty"],
  broken: ["broken", "base"],
};

const fixturesDir = path.resolve(import.meta.dirname, "../fixtures/scraper");

export interface FixtureRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
}

export interface ScraperFixtureServerOptions {
  port?: number;
  set?: FixtureSet;
  /** The day fixture dates are relative to (YYYY-MM-DD); today in Dubai unless told. */
  today?: string;
  /** robots.txt's Crawl-delay for TaqweemBot, in seconds. */
  crawlDelaySeconds?: number;
  /** How long slow.html keeps the client waiting. */
  slowMs?: number;
  /** Size of huge.html. */
  hugeBytes?: number;
}

export interface ScraperFixtureServer {
  /** The origin, e.g. http://127.0.0.1:41234. */
  url: string;
  /** Base URLs to give sources of each kind, with the start URL generic sources need. */
  sources: {
    admo: { baseUrl: string };
    adnec: { baseUrl: string };
    jsonld: { baseUrl: string; startUrl: string };
    ical: { baseUrl: string; startUrl: string };
  };
  requests: FixtureRequest[];
  use(set: FixtureSet): void;
  /** Forgets the request log and makes flaky.html fail once again. */
  reset(): void;
  close(): Promise<void>;
}

function dubaiToday(): string {
  return new Date(Date.now() + 4 * 3600_000).toISOString().slice(0, 10);
}

function monthOffset(today: string, months: number): { year: number; month: number } {
  const [year, month] = today.split("-").map(Number) as [number, number];
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

const pad = (value: number) => String(value).padStart(2, "0");

function fill(text: string, origin: string, today: string): string {
  return text
    .replaceAll("{{ORIGIN}}", origin)
    .replace(/\{\{M\+(\d+)(:compact)?\}\}/g, (_, months: string, compact?: string) => {
      const { year, month } = monthOffset(today, Number(months));
      return compact ? `${year}${pad(month)}` : `${year}-${pad(month)}`;
    });
}

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".ics": "text/calendar; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

/** An ADMO month grid without events, for months the fixtures do not have. */
function emptyAdmoMonth(year: number, month: number): string {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const cells = Array.from(
    { length: days },
    (_, index) =>
      `<div data-day-num="${((index + new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7) + 1}" class="day" data-filter-date="${year}-${pad(month)}-${pad(index + 1)}"><h3 class="day-label -current-month"><span>${index + 1}</span></h3></div>`,
  ).join("\n");
  return `<div class="calendar-container"><div class="calendar-table"><div class="week">\n${cells}\n</div></div></div>\n`;
}

export async function startScraperFixtureServer(
  options: ScraperFixtureServerOptions = {},
): Promise<ScraperFixtureServer> {
  const today = options.today ?? dubaiToday();
  const slowMs = options.slowMs ?? 3_000;
  const hugeBytes = options.hugeBytes ?? 1024 * 1024;
  const requests: FixtureRequest[] = [];
  let set: FixtureSet = options.set ?? "base";
  let flakyFailures = 0;
  let origin = "";

  const readFixture = async (relative: string): Promise<string | null> => {
    for (const layer of layers[set]) {
      try {
        return fill(await readFile(path.join(fixturesDir, layer, relative), "utf8"), origin, today);
      } catch {}
    }
    return null;
  };

  const send = (res: ServerResponse, headers: IncomingHttpHeaders, body: string, type: string) => {
    const etag = `"${createHash("sha1").update(body).digest("hex").slice(0, 16)}"`;
    const common = { etag, "last-modified": "Mon, 01 Sep 2025 00:00:00 GMT" };
    if (headers["if-none-match"] === etag) return res.writeHead(304, common).end();
    res.writeHead(200, { ...common, "content-type": type }).end(body);
  };

  const resolve = async (pathname: string, query: URLSearchParams): Promise<[string, string] | null> => {
    const admo = pathname.match(/^\/admo\/(en|ar)\/abu-dhabi-events\/?$/);
    if (admo) {
      const year = Number(query.get("year"));
      const month = Number(query.get("month"));
      if (!(year > 2000 && month >= 1 && month <= 12)) return null;
      const page = await readFixture(`admo/${admo[1]}/${year}-${pad(month)}.html`);
      return [page ?? emptyAdmoMonth(year, month), contentTypes[".html"]!];
    }
    const relative = decodeURIComponent(pathname).replace(/^\/+/, "");
    if (relative.includes("..")) return null;
    for (const candidate of [relative, `${relative}.html`]) {
      const body = await readFixture(candidate);
      if (body !== null) return [body, contentTypes[path.extname(candidate)] ?? "application/octet-stream"];
    }
    return null;
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", origin);
    requests.push({
      method: req.method ?? "GET",
      path: `${url.pathname}${url.search}`,
      headers: req.headers,
    });
    if (req.method === "POST" && url.pathname === "/__fixtures/use") {
      const wanted = url.searchParams.get("set") as FixtureSet;
      if (!fixtureSets.includes(wanted)) return res.writeHead(400).end("unknown set");
      set = wanted;
      return res.writeHead(204).end();
    }
    switch (url.pathname) {
      case "/robots.txt":
        return send(
          res,
          req.headers,
          `User-agent: TaqweemBot\nDisallow: /site/private/\nCrawl-delay: ${options.crawlDelaySeconds ?? 0.05}\n\nUser-agent: *\nDisallow: /\n`,
          contentTypes[".txt"]!,
        );
      case "/site/flaky.html":
        if (flakyFailures++ === 0)
          return res.writeHead(500, { "content-type": "text/plain" }).end("try again");
        return send(
          res,
          req.headers,
          `<html lang="en"><head><script type="application/ld+json">{"@type":"Event","@id":"https://hall.example.test/events/flaky","name":"Second Try Gala","startDate":"${fill("{{M+1}}", origin, today)}-20T20:00:00+04:00"}</script></head><body></body></html>`,
          contentTypes[".html"]!,
        );
      case "/site/slow.html": {
        const timer = setTimeout(
          () => send(res, req.headers, "<html></html>", contentTypes[".html"]!),
          slowMs,
        );
        res.on("close", () => clearTimeout(timer));
        return;
      }
      case "/site/huge.html": {
        res.writeHead(200, { "content-type": contentTypes[".html"]! });
        const chunk = `<p>${"x".repeat(16 * 1024 - 7)}</p>`;
        let sent = 0;
        const pump = () => {
          while (sent < hugeBytes && !res.destroyed) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once("drain", pump);
          }
          res.end();
        };
        return pump();
      }
    }
    const found = await resolve(url.pathname, url.searchParams);
    if (!found) return res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    send(res, req.headers, found[0], found[1]);
  });

  await new Promise<void>((ready) => server.listen(options.port ?? 0, "127.0.0.1", ready));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: origin,
    sources: {
      admo: { baseUrl: `${origin}/admo` },
      adnec: { baseUrl: `${origin}/adnec` },
      jsonld: { baseUrl: `${origin}/site`, startUrl: "sitemap.xml" },
      ical: { baseUrl: `${origin}/ical`, startUrl: "feed.ics" },
    },
    requests,
    use: (next) => {
      set = next;
    },
    reset: () => {
      requests.length = 0;
      flakyFailures = 0;
    },
    close: () =>
      new Promise<void>((closed) => {
        server.closeAllConnections();
        server.close(() => closed());
      }),
  };
}

// `tsx tests/support/scraper-fixture-server.ts [port]` serves the fixtures until stopped.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const server = await startScraperFixtureServer({ port: Number(process.argv[2] ?? 0) });
  console.log(`READY ${server.url}`);
}
