import { type JsonLdEvent, parseJsonLdPage } from "./jsonld";
import { looksLikeSitemap, parseSitemap } from "./sitemap";
import { looksArabic } from "./text";
import {
  type EventDraft,
  ParseError,
  readPage,
  type SourceCollector,
  type SourceContext,
  sourceUrl,
} from "./types";

/** Whether a URL lies under the source's base URL (a source never wanders off its site). */
export function withinBase(url: string, baseUrl: string): boolean {
  const base = baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`;
  return url === baseUrl || url.startsWith(base);
}

/** The source's start URL (relative to the base, or absolute within it). */
export function startUrlOf(ctx: SourceContext): string | null {
  const start = ctx.source.startUrl ?? "/";
  const url = /^https?:\/\//i.test(start) ? start : sourceUrl(ctx.source, start);
  if (withinBase(url, ctx.source.baseUrl)) return url;
  ctx.unreadable(url, "the start URL is outside the source's base URL");
  return null;
}

const isArabic = (language: string | null, event: JsonLdEvent) =>
  language ? language.startsWith("ar") : looksArabic(event.name ?? event.description ?? "");

/** Adds a page's events, merging an event met again (e.g. in the other language) by its id. */
function addEvents(
  drafts: Map<string, EventDraft>,
  pageUrl: string,
  language: string | null,
  events: JsonLdEvent[],
) {
  events.forEach((event, index) => {
    const externalId = event.id ?? event.url ?? `${pageUrl}#${index + 1}`;
    const arabic = isArabic(language, event);
    const seen = drafts.get(externalId);
    const text = arabic
      ? { titleAr: event.name, descriptionAr: event.description, venueAr: event.venue }
      : { titleEn: event.name, descriptionEn: event.description, venueEn: event.venue };
    drafts.set(externalId, {
      externalId,
      titleEn: null,
      titleAr: null,
      descriptionEn: null,
      descriptionAr: null,
      venueEn: null,
      venueAr: null,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      allDay: event.allDay,
      organiser: event.organiser,
      url: event.url ?? pageUrl,
      imageUrl: event.imageUrl,
      category: event.category,
      ...seen,
      ...Object.fromEntries(Object.entries(text).filter(([, value]) => value !== null)),
    });
  });
}

/**
 * Any site whose pages carry schema.org Event JSON-LD: the start URL is one such page, or a
 * sitemap (or sitemap index) of them. Sitemap pages without events are skipped (sitemaps list
 * every page), but a run in which no page has any is an error, never an empty result.
 */
export const collectJsonLd: SourceCollector = async (ctx) => {
  const start = startUrlOf(ctx);
  const page = start ? await ctx.page(start) : null;
  if (!page) return [];
  const drafts = new Map<string, EventDraft>();
  const readEvents = (body: string, url: string) => {
    const parsed = parseJsonLdPage(body, url, ctx.timeZone);
    for (const message of parsed.invalid) ctx.invalidEvent(url, message);
    addEvents(drafts, url, parsed.language, parsed.events);
  };
  if (!looksLikeSitemap(page.body)) {
    readPage(ctx, page, readEvents);
    return [...drafts.values()];
  }
  const pages = await sitemapPages(ctx, page);
  let withEvents = 0;
  for (const url of pages) {
    const child = await ctx.page(url);
    if (!child) continue;
    try {
      readEvents(child.body, child.url);
      withEvents++;
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
    }
  }
  if (withEvents === 0 && pages.length > 0)
    ctx.unreadable(page.url, "no page of the sitemap carries a schema.org Event");
  return [...drafts.values()];
};

async function sitemapPages(ctx: SourceContext, sitemap: { url: string; body: string }): Promise<string[]> {
  const parsed = readPage(ctx, sitemap, parseSitemap);
  if (!parsed) return [];
  const pages = [...parsed.pages];
  for (const child of parsed.sitemaps.filter((url) => withinBase(url, ctx.source.baseUrl))) {
    const page = await ctx.page(child);
    if (page) pages.push(...(readPage(ctx, page, parseSitemap)?.pages ?? []));
  }
  return [...new Set(pages.filter((url) => withinBase(url, ctx.source.baseUrl)))];
}
