import * as cheerio from "cheerio";
import { ParseError } from "./types";

export interface Sitemap {
  /** Page URLs of a `<urlset>`. */
  pages: string[];
  /** Child sitemaps of a `<sitemapindex>`. */
  sitemaps: string[];
}

/** Whether a body is a sitemap rather than a page. */
export function looksLikeSitemap(body: string): boolean {
  return /<(urlset|sitemapindex)[\s>]/.test(body.slice(0, 2_000));
}

/** The `<loc>`s of a sitemap or sitemap index; a ParseError when it is neither. */
export function parseSitemap(xml: string): Sitemap {
  if (!looksLikeSitemap(xml)) throw new ParseError("not a sitemap (no <urlset> or <sitemapindex>)");
  const $ = cheerio.load(xml, { xml: true });
  const sitemap: Sitemap = { pages: [], sitemaps: [] };
  // Walks <urlset>/<url>/<loc> and <sitemapindex>/<sitemap>/<loc> directly: no selector engine.
  for (const top of $.root().children().toArray()) {
    const list =
      top.name === "urlset" ? sitemap.pages : top.name === "sitemapindex" ? sitemap.sitemaps : null;
    for (const entry of list ? top.children : []) {
      if (entry.type !== "tag" || (entry.name !== "url" && entry.name !== "sitemap")) continue;
      const loc = entry.children.find((child) => child.type === "tag" && child.name === "loc");
      const text = loc ? $.text([loc]).trim() : "";
      if (text !== "") list!.push(text);
    }
  }
  return sitemap;
}
