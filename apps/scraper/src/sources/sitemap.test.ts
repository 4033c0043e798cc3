import { describe, expect, it } from "vitest";
import { looksLikeSitemap, parseSitemap } from "./sitemap";

describe("parseSitemap", () => {
  it("lists the pages of a urlset and the sitemaps of an index", () => {
    const urlset = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc> https://example.test/en/eventlisting/a </loc><lastmod>2025-09-01</lastmod></url>
  <url><loc>https://example.test/en/eventlisting/b?x=1&amp;y=2</loc></url>
  <url><lastmod>2025-09-01</lastmod></url>
</urlset>`;
    expect(parseSitemap(urlset)).toEqual({
      pages: ["https://example.test/en/eventlisting/a", "https://example.test/en/eventlisting/b?x=1&y=2"],
      sitemaps: [],
    });
    const index = `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://example.test/sitemap-events.xml</loc></sitemap>
</sitemapindex>`;
    expect(parseSitemap(index)).toEqual({ pages: [], sitemaps: ["https://example.test/sitemap-events.xml"] });
  });

  it("refuses a page that is not a sitemap", () => {
    expect(looksLikeSitemap("<html><body>Not found</body></html>")).toBe(false);
    expect(() => parseSitemap("<html><body>Not found</body></html>")).toThrow(/not a sitemap/);
  });
});
