import * as cheerio from "cheerio";
import { type JsonLdEvent, parseJsonLdPage } from "./jsonld";
import { parseSitemap } from "./sitemap";
import { DUBAI } from "./time";
import { type EventDraft, readPage, type SourceCollector, type SourceContext, sourceUrl } from "./types";

const detailPath = /\/(?:en|ar)\/eventlisting\/([^/?#]+)\/?$/;

/** The slug of an ADNEC event detail URL within the source, or null for any other URL. */
export function adnecSlug(url: string, baseUrl: string): string | null {
  if (!url.startsWith(new URL(baseUrl).origin)) return null;
  const match = new URL(url).pathname.match(detailPath);
  return match ? decodeURIComponent(match[1]!) : null;
}

/** Detail links the listing page renders on the server (the rest it loads by script). */
export function parseAdnecListing(html: string, pageUrl: string): string[] {
  const $ = cheerio.load(html);
  return $("a[href]")
    .map((_, element) => new URL($(element).attr("href")!, pageUrl).toString())
    .get();
}

async function discoverSlugs(ctx: SourceContext): Promise<string[]> {
  const slugs = new Set<string>();
  const add = (urls: string[]) => {
    for (const url of urls) {
      const slug = adnecSlug(url, ctx.source.baseUrl);
      if (slug) slugs.add(slug);
    }
  };
  const sitemap = await ctx.page(sourceUrl(ctx.source, "/sitemap.xml"));
  const parsed = sitemap ? readPage(ctx, sitemap, parseSitemap) : null;
  if (parsed) {
    add(parsed.pages);
    for (const child of parsed.sitemaps.filter((url) => url.startsWith(new URL(ctx.source.baseUrl).origin))) {
      const page = await ctx.page(child);
      if (page) add(readPage(ctx, page, parseSitemap)?.pages ?? []);
    }
  }
  const listing = await ctx.page(sourceUrl(ctx.source, "/en/eventlisting"));
  if (listing) add(readPage(ctx, listing, parseAdnecListing) ?? []);
  return [...slugs].sort();
}

async function detail(ctx: SourceContext, language: "en" | "ar", slug: string): Promise<JsonLdEvent | null> {
  const page = await ctx.page(sourceUrl(ctx.source, `/${language}/eventlisting/${encodeURIComponent(slug)}`));
  if (!page) return null;
  const parsed = readPage(ctx, page, (body, url) => parseJsonLdPage(body, url, DUBAI));
  for (const message of parsed?.invalid ?? []) ctx.invalidEvent(page.url, message);
  return parsed?.events[0] ?? null;
}

/**
 * ADNEC: detail pages found in the sitemap and the listing's server-rendered links, each read in
 * English and Arabic from its schema.org Event and paired by slug. Times without an offset are
 * Asia/Dubai.
 */
export const collectAdnec: SourceCollector = async (ctx) => {
  const drafts: EventDraft[] = [];
  for (const slug of await discoverSlugs(ctx)) {
    const en = await detail(ctx, "en", slug);
    const ar = await detail(ctx, "ar", slug);
    const times = en ?? ar;
    if (!times) continue;
    drafts.push({
      externalId: slug,
      titleEn: en?.name ?? null,
      titleAr: ar?.name ?? null,
      descriptionEn: en?.description ?? null,
      descriptionAr: ar?.description ?? null,
      startsAt: times.startsAt,
      endsAt: times.endsAt,
      allDay: times.allDay,
      venueEn: en?.venue ?? null,
      venueAr: ar?.venue ?? null,
      organiser: en?.organiser ?? ar?.organiser ?? null,
      url: en?.url ?? sourceUrl(ctx.source, `/en/eventlisting/${encodeURIComponent(slug)}`),
      imageUrl: en?.imageUrl ?? ar?.imageUrl ?? null,
      category: en?.category ?? ar?.category ?? null,
    });
  }
  return drafts;
};
