import * as cheerio from "cheerio";
import { Fetcher, MemoryPageCache } from "../apps/scraper/src/fetcher/fetcher";
import { collectSource } from "../apps/scraper/src/run/collect";
import { parseAdmoMonth } from "../apps/scraper/src/sources/admo";
import { parseIcal } from "../apps/scraper/src/sources/ical";
import { parseJsonLdPage } from "../apps/scraper/src/sources/jsonld";
import { parseSitemap } from "../apps/scraper/src/sources/sitemap";
import { DUBAI } from "../apps/scraper/src/sources/time";
import { startScraperFixtureServer } from "../tests/support/scraper-fixture-server";
import { type BenchResult, result, summarise } from "./lib/report";

const now = new Date("2025-09-15T06:00:00Z");

/**
 * Pages per second of `parse` and of `load` over the same pages, batch by batch in turns for about
 * `budgetMs`, so both see the same machine load (and pay for their own garbage collections); the
 * samples are the parser's ms per page, batch by batch.
 */
function throughputs(
  corpus: string[],
  parse: (page: string) => unknown,
  load: (page: string) => unknown,
  budgetMs = 3_000,
) {
  // Batches of at least 40 pages, so a batch of small pages still spans many timer ticks.
  const pages = Array.from({ length: Math.ceil(40 / corpus.length) }, () => corpus).flat();
  for (const page of pages) {
    parse(page);
    load(page);
  }
  const parseMs: number[] = [];
  const loadMs: number[] = [];
  const started = performance.now();
  while (performance.now() - started < budgetMs) {
    let at = performance.now();
    for (const page of pages) parse(page);
    parseMs.push(performance.now() - at);
    at = performance.now();
    for (const page of pages) load(page);
    loadMs.push(performance.now() - at);
  }
  const perSecond = (batches: number[]) =>
    (batches.length * pages.length * 1000) / batches.reduce((sum, ms) => sum + ms, 0);
  return {
    parser: perSecond(parseMs),
    baseline: perSecond(loadMs),
    samples: parseMs.map((ms) => ms / pages.length),
  };
}

/**
 * Each source parser against cheerio's bare `load` of the same pages in the same run (goal: at
 * least half its speed), then a whole ADMO run of 24 pages (12 months, English and Arabic)
 * through the fixture server and the real fetcher with its pauses shortened, against a plain
 * fetch + load of the same 24 URLs.
 */
export async function benchScraperParse(): Promise<BenchResult[]> {
  const server = await startScraperFixtureServer({ today: "2025-09-15", crawlDelaySeconds: 0 });
  try {
    const body = async (path: string) => (await fetch(`${server.url}${path}`)).text();
    const slugs = [
      "abu-dhabi-international-petroleum-exhibition",
      "international-defence-exhibition",
      "world-future-energy-summit",
    ];
    const corpora = {
      "ADMO month grid": {
        pages: await Promise.all(
          ["en", "ar"].flatMap((lang) =>
            [9, 10].map((month) => body(`/admo/${lang}/abu-dhabi-events/?month=${month}&year=2025`)),
          ),
        ),
        parse: (page: string) => parseAdmoMonth(page, `${server.url}/admo/en/abu-dhabi-events/`),
        load: (page: string) => cheerio.load(page),
        baseline: "cheerio.load",
      },
      "ADNEC / JSON-LD detail page": {
        pages: await Promise.all(
          ["en", "ar"].flatMap((lang) => slugs.map((slug) => body(`/adnec/${lang}/eventlisting/${slug}`))),
        ),
        parse: (page: string) => parseJsonLdPage(page, `${server.url}/adnec/en/eventlisting/x`, DUBAI),
        load: (page: string) => cheerio.load(page),
        baseline: "cheerio.load",
      },
      sitemap: {
        pages: [await body("/adnec/sitemap.xml"), await body("/site/sitemap.xml")],
        parse: (page: string) => parseSitemap(page),
        load: (page: string) => cheerio.load(page, { xml: true }),
        baseline: "cheerio.load (xml mode)",
      },
      "iCalendar feed": {
        pages: [await body("/ical/feed.ics")],
        parse: (page: string) => parseIcal(page, `${server.url}/ical/feed.ics`, DUBAI, now),
        load: (page: string) => cheerio.load(page),
        // Not HTML: cheerio only wraps the text in one node, a far cheaper bar than for pages.
        baseline: "cheerio.load",
      },
    };
    const results: BenchResult[] = [];
    for (const [name, corpus] of Object.entries(corpora)) {
      const measured = throughputs(corpus.pages, corpus.parse, corpus.load);
      results.push(
        result({
          name: `scraper parse: ${name}`,
          unit: "pages/s",
          value: measured.parser,
          baseline: measured.baseline,
          ratio: measured.parser / measured.baseline,
          ...summarise(measured.samples),
          notes: `${corpus.pages.length} pages, parser and baseline in alternating batches; baseline: ${corpus.baseline} of the same pages; p50/p95 in ms per page (goal ratio >= 0.5)`,
        }),
      );
    }

    const source = {
      id: crypto.randomUUID(),
      kind: "admo" as const,
      ...server.sources.admo,
      startUrl: null,
      monthsAhead: 11,
    };
    const settings = {
      userAgent: "TaqweemBot/bench",
      robotsAgent: "TaqweemBot",
      requestTimeoutMs: 10_000,
      maxBodyBytes: 5 * 1024 * 1024,
      retries: 0,
      retryBaseDelayMs: 0,
      hostDelayMs: 0,
      robotsTtlMs: 60_000,
    };
    const urls = Array.from({ length: 12 }, (_, index) => ({
      year: 2025 + Math.floor((8 + index) / 12),
      month: ((8 + index) % 12) + 1,
    })).flatMap(({ year, month }) =>
      ["en", "ar"].map(
        (lang) => `${server.sources.admo.baseUrl}/${lang}/abu-dhabi-events/?month=${month}&year=${year}`,
      ),
    );
    const runs: number[] = [];
    const plain: number[] = [];
    let pages = 0;
    for (let round = 0; round < 5; round++) {
      let started = performance.now();
      const run = await collectSource({
        source,
        timeZone: DUBAI,
        now,
        fetcher: new Fetcher(settings, new MemoryPageCache()),
      });
      runs.push(performance.now() - started);
      pages = run.pages.fetched;
      started = performance.now();
      for (const url of urls) cheerio.load(await (await fetch(url)).text());
      plain.push(performance.now() - started);
    }
    const run = summarise(runs);
    const bare = summarise(plain);
    results.push(
      result({
        name: "scraper whole run: ADMO, 24 pages end to end",
        unit: "pages/s",
        value: (pages * 1000) / run.p50,
        baseline: (urls.length * 1000) / bare.p50,
        ratio: bare.p50 / run.p50,
        p50: run.p50,
        p95: run.p95,
        n: run.n,
        notes: `${pages} pages per run via robots.txt, pacing (delays 0), retries, parse, merge, hash, validate; baseline: sequential fetch + cheerio.load of the same URLs; p50/p95 in ms per run`,
      }),
    );
    return results;
  } finally {
    await server.close();
  }
}
