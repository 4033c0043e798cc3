import { describe, expect, it } from "vitest";
import { RobotsCache, type RobotsFile } from "./robots";

function cache(file: RobotsFile, now = () => 0) {
  const asked: string[] = [];
  const robots = new RobotsCache(
    async (url) => {
      asked.push(url);
      return file;
    },
    "TaqweemBot",
    60_000,
    now,
  );
  return { robots, asked };
}

describe("RobotsCache", () => {
  it("follows our agent's group, its Crawl-delay, and asks once per origin while fresh", async () => {
    const { robots, asked } = cache({
      status: 200,
      body: "User-agent: *\nDisallow: /\n\nUser-agent: TaqweemBot\nDisallow: /private/\nCrawl-delay: 2\n",
    });
    expect(await robots.check("https://example.test/events")).toEqual({ allowed: true, crawlDelayMs: 2_000 });
    expect(await robots.check("https://example.test/private/x")).toMatchObject({
      allowed: false,
      refusal: "rules",
    });
    expect(asked).toEqual(["https://example.test/robots.txt"]);
  });

  it("reads a missing robots.txt (4xx) as no rules and an unreachable one (5xx, network) as keep out", async () => {
    expect(await cache({ status: 404, body: "" }).robots.check("https://a.test/x")).toEqual({
      allowed: true,
      crawlDelayMs: 0,
    });
    expect((await cache({ status: 503, body: "" }).robots.check("https://a.test/x")).allowed).toBe(false);
    expect(await cache(null).robots.check("https://a.test/x")).toMatchObject({
      allowed: false,
      refusal: "unreachable",
    });
  });

  it("asks again once the cached copy is stale", async () => {
    let now = 0;
    const { robots, asked } = cache({ status: 200, body: "User-agent: *\nAllow: /\n" }, () => now);
    await robots.check("https://example.test/a");
    now = 60_001;
    await robots.check("https://example.test/b");
    expect(asked).toHaveLength(2);
  });
});
