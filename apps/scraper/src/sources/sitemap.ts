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
  const locs = (selector: string) =>
    $(selector)
      .map((_, element) => $(element).text().trim())
      .get()
      .filter((loc) => loc !== "");
  return { pages: locs("urlset > url > loc"), sitemaps: locs("sitemapindex > sitemap > loc") };
}
