import type { ScrapeResult } from "@taqweem/jobs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  type ScraperFixtureServer,
  startScraperFixtureServer,
} from "../../../../tests/support/scraper-fixture-server";
import { Fetcher, MemoryPageCache } from "../fetcher/fetcher";
import type { SourceSpec } from "../sources/types";
import { collectSource } from "./collect";

const settings = {
  userAgent: "TaqweemBot/test (+https://example.org/bot)",
  robotsAgent: "TaqweemBot",
  requestTimeoutMs: 300,
  maxBodyBytes: 64 * 1024,
  retries: 1,
  retryBaseDelayMs: 5,
  hostDelayMs: 0,
  robotsTtlMs: 60_000,
};
// Mid-September 2025 in Dubai: ADMO's current month is the real September page.
const now = new Date("2025-09-15T06:00:00Z");

let server: ScraperFixtureServer;
beforeAll(async () => {
  server = await startScraperFixtureServer({ today: "2025-09-15", crawlDelaySeconds: 0, slowMs: 1_000 });
});
afterAll(() => server.close());
beforeEach(() => {
  server.use("base");
  server.reset();
});

function source(kind: SourceSpec["kind"], extra: Partial<SourceSpec> = {}): SourceSpec {
  const site = server.sources[kind];
  return {
    id: "5b8f3c1e-2a4d-4e6f-8a9b-0c1d2e3f4a5b",
    kind,
    baseUrl: site.baseUrl,
    startUrl: "startUrl" in site ? site.startUrl : null,
    monthsAhead: 1,
    ...extra,
  };
}

const run = (spec: SourceSpec, cache = new MemoryPageCache()) =>
  collectSource({ source: spec, timeZone: "Asia/Dubai", now, fetcher: new Fetcher(settings, cache) });

const byId = (result: ScrapeResult) => new Map(result.events.map((event) => [event.externalId, event]));

describe("ADMO", () => {
  it("reads the real month grid and the next month in both languages, one event per id", async () => {
    const result = await run(source("admo"));
    expect(result.errors).toEqual([]);
    expect(result.complete).toBe(true);
    expect(result.pages).toEqual({ fetched: 4, notModified: 0, failed: 0 });
    const events = byId(result);
    expect([...events.keys()].sort()).toEqual([
      "im:5e0c6f1a-7b2d-4c1e-9f3a-2d8b6c4e1a90",
      "im:812c3be7-233f-4f7c-b950-b34108929b34",
      "im:88501fb3-3153-4068-abf8-f073162239ee",
      "im:a75779d8-0ce0-4922-bae3-fa3eb5caf37c",
    ]);
    // MILSET spans September and October: one event, all day in Dubai, 27 Sep to the end of 3 Oct.
    expect(events.get("im:812c3be7-233f-4f7c-b950-b34108929b34")).toMatchObject({
      titleEn: "MILSET Expo Science International 2025",
      titleAr: "معرض ميلست إكسبو ساينس الدولي 2025",
      startsAt: "2025-09-27T00:00:00+04:00",
      endsAt: "2025-10-04T00:00:00+04:00",
      allDay: true,
      url: `${server.url}/en/milset-expo-science-international-2025/`,
      venueEn: "im:bcdfc9ea-0768-4e7a-b966-8a3f4447190d",
      category: null,
    });
    expect(events.get("im:a75779d8-0ce0-4922-bae3-fa3eb5caf37c")).toMatchObject({
      titleEn: "Abu Dhabi International Hunting and Equestrian Exhibition",
      startsAt: "2025-08-30T00:00:00+04:00",
      endsAt: "2025-09-08T00:00:00+04:00",
      category: "im:6ff8e059-0f96-4cbc-ab7f-db17dcad6729",
    });
    const paths = server.requests.map((request) => request.path);
    expect(paths).toContain("/admo/ar/abu-dhabi-events/?month=10&year=2025");
  });

  it("records a month whose markup changed as an error, keeps the other pages' events, and is incomplete", async () => {
    server.use("broken");
    const result = await run(source("admo"));
    expect(result.errors).toEqual([
      {
        url: `${server.sources.admo.baseUrl}/en/abu-dhabi-events/?month=9&year=2025`,
        code: "parse_failed",
        message: expect.stringContaining("calendar grid"),
      },
    ]);
    expect(result.complete).toBe(false);
    // The Arabic September page and both October pages still count.
    expect(byId(result).get("im:a75779d8-0ce0-4922-bae3-fa3eb5caf37c")).toMatchObject({
      titleEn: null,
      titleAr: "معرض أبوظبي الدولي للصيد والفروسية",
    });
  });

  it("produces an empty but complete result when the calendar suddenly shows nothing", async () => {
    server.use("empty");
    const result = await run(source("admo"));
    expect(result).toMatchObject({ events: [], errors: [], complete: true });
    expect(result.pages.fetched).toBe(4);
  });

  it("sees a renamed event as changed and the others as unchanged", async () => {
    const before = byId(await run(source("admo")));
    server.use("changed");
    const after = byId(await run(source("admo")));
    const festival = "im:5e0c6f1a-7b2d-4c1e-9f3a-2d8b6c4e1a90";
    expect(after.get(festival)).toMatchObject({
      titleEn: "Abu Dhabi Film Festival 2025",
      startsAt: "2025-10-16T00:00:00+04:00",
    });
    expect(after.get(festival)!.contentHash).not.toBe(before.get(festival)!.contentHash);
    const milset = "im:812c3be7-233f-4f7c-b950-b34108929b34";
    expect(after.get(milset)!.contentHash).toBe(before.get(milset)!.contentHash);
  });
});

describe("ADNEC", () => {
  it("finds detail pages in the sitemap and the listing, pairs English and Arabic by slug", async () => {
    const result = await run(source("adnec"));
    expect(result.errors).toEqual([]);
    expect(result.complete).toBe(true);
    const events = byId(result);
    expect([...events.keys()].sort()).toEqual([
      "abu-dhabi-international-petroleum-exhibition",
      "international-defence-exhibition",
      "world-future-energy-summit",
    ]);
    // startDate without an offset is Dubai time; markup is stripped from the description.
    expect(events.get("abu-dhabi-international-petroleum-exhibition")).toMatchObject({
      titleEn: "ADIPEC",
      titleAr: "معرض ومؤتمر أديبك",
      descriptionEn: "The world's largest energy exhibition & conference.",
      descriptionAr: "أكبر معرض ومؤتمر للطاقة في العالم.",
      startsAt: "2025-10-03T09:00:00+04:00",
      endsAt: "2025-10-06T18:00:00+04:00",
      allDay: false,
      venueEn: "ADNEC Centre Abu Dhabi",
      venueAr: "مركز أدنيك أبوظبي",
      organiser: "dmg events",
      imageUrl: `${server.url}/adnec/images/adipec.jpg`,
      url: `${server.url}/adnec/en/eventlisting/abu-dhabi-international-petroleum-exhibition`,
    });
    // Day-only dates (arrays and @graph in the JSON-LD) are all-day, the end day included.
    expect(events.get("international-defence-exhibition")).toMatchObject({
      titleAr: "معرض الدفاع الدولي آيدكس",
      startsAt: "2025-10-17T00:00:00+04:00",
      endsAt: "2025-10-22T00:00:00+04:00",
      allDay: true,
      imageUrl: "https://cdn.example.test/idex.jpg",
    });
    expect(events.get("world-future-energy-summit")!.startsAt).toBe("2025-11-14T10:00:00+04:00");
  });

  it("re-reads unchanged pages from its cache on a 304 and still finds their events", async () => {
    const cache = new MemoryPageCache();
    const first = await run(source("adnec"), cache);
    const second = await run(source("adnec"), cache);
    expect(second.pages).toEqual({ fetched: 0, notModified: first.pages.fetched, failed: 0 });
    expect(second.events).toEqual(first.events);
  });

  it("sees a changed time and an event gone from the site after a complete run", async () => {
    const before = byId(await run(source("adnec")));
    server.use("changed");
    const result = await run(source("adnec"));
    const after = byId(result);
    expect(result.complete).toBe(true);
    expect(after.has("world-future-energy-summit")).toBe(false);
    const adipec = after.get("abu-dhabi-international-petroleum-exhibition")!;
    expect(adipec.startsAt).toBe("2025-10-03T10:00:00+04:00");
    expect(adipec.contentHash).not.toBe(
      before.get("abu-dhabi-international-petroleum-exhibition")!.contentHash,
    );
  });

  it("records a detail page without JSON-LD as an error and keeps the Arabic half", async () => {
    server.use("broken");
    const result = await run(source("adnec"));
    expect(result.errors.map((error) => [error.code, error.url])).toEqual([
      ["parse_failed", `${server.url}/adnec/en/eventlisting/international-defence-exhibition`],
    ]);
    expect(result.complete).toBe(false);
    expect(byId(result).get("international-defence-exhibition")).toMatchObject({
      titleEn: null,
      titleAr: "معرض الدفاع الدولي آيدكس",
    });
  });
});

describe("generic JSON-LD site", () => {
  it("reads its sitemap's event pages, merges languages by @id and records every failing page", async () => {
    const result = await run(source("jsonld"));
    const events = byId(result);
    expect(events.get("https://hall.example.test/events/summer-concert")).toMatchObject({
      titleEn: "Summer Concert",
      titleAr: "حفل الصيف",
      descriptionEn: "An evening of Emirati music & oud.",
      venueEn: "Cultural Foundation",
      venueAr: "المجمع الثقافي",
      startsAt: "2025-10-10T19:30:00+04:00",
      endsAt: "2025-10-10T22:00:00+04:00",
    });
    expect(events.get("https://hall.example.test/events/open-day")).toMatchObject({
      allDay: true,
      startsAt: "2025-10-12T00:00:00+04:00",
      endsAt: "2025-10-13T00:00:00+04:00",
    });
    // The page that answered 500 first was retried and counts.
    expect(events.get("https://hall.example.test/events/flaky")!.titleEn).toBe("Second Try Gala");
    expect(result.errors.map((error) => [error.code, error.url.replace(server.url, "")])).toEqual([
      ["timeout", "/site/slow.html"],
      ["http_error", "/site/gone.html"],
      ["too_large", "/site/huge.html"],
      ["robots_disallowed", "/site/private/members-night.html"],
    ]);
    expect(result.errors[1]!.status).toBe(404);
    expect(result.complete).toBe(false);
    expect(result.pages.failed).toBe(4);
  });
});

describe("iCalendar feed", () => {
  it("reads zoned, all-day and recurring events", async () => {
    const result = await run(source("ical"));
    expect(result.errors).toEqual([]);
    const events = byId(result);
    expect(events.get("talk-1@hall.example.test")).toMatchObject({
      titleEn: "Heritage Talk",
      descriptionEn: "A talk on pearl diving history.",
      startsAt: "2025-10-05T18:00:00+04:00",
      endsAt: "2025-10-05T20:00:00+04:00",
      allDay: false,
      category: "Culture",
    });
    expect(events.get("fair-1@hall.example.test")).toMatchObject({
      titleEn: null,
      titleAr: "معرض الكتاب",
      allDay: true,
      startsAt: "2025-10-08T00:00:00+04:00",
      endsAt: "2025-10-10T00:00:00+04:00",
    });
    const yoga = result.events.filter((event) => event.externalId.startsWith("yoga@"));
    expect(yoga.map((event) => event.startsAt)).toEqual([
      "2025-10-01T07:00:00+04:00",
      "2025-10-08T07:00:00+04:00",
      "2025-10-15T07:00:00+04:00",
    ]);
  });
});
