import * as cheerio from "cheerio";
import type { Temporal } from "temporal-polyfill";
import { absoluteUrl, plainText } from "./text";
import { DUBAI, dayAfter, dayStart, localToday } from "./time";
import {
  type EventDraft,
  ParseError,
  readPage,
  type SourceCollector,
  type SourceContext,
  sourceUrl,
} from "./types";

/** One event as a month grid shows it (an event is drawn once per week row it crosses). */
export interface AdmoGridEvent {
  id: string;
  title: string | null;
  url: string | null;
  days: string[];
  sector: string | null;
  location: string | null;
  organisers: string | null;
}

const day = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The events of one month page of the ADMO calendar: every `span.event` of the grid, merged by
 * `data-event-id`. Throws a ParseError when the page has no calendar grid (the markup changed).
 */
export function parseAdmoMonth(html: string, pageUrl: string): AdmoGridEvent[] {
  const $ = cheerio.load(html);
  const grid = $(".calendar-table");
  if (grid.find(".day[data-filter-date]").length === 0)
    throw new ParseError("no ADMO calendar grid (.calendar-table with days) on the page");
  const byId = new Map<string, AdmoGridEvent>();
  grid.find("span.event[data-event-id]").each((_, element) => {
    const span = $(element);
    const id = span.attr("data-event-id")?.trim();
    if (!id) return;
    const days = (span.attr("data-date") ?? "").split(/\s+/).filter((value) => day.test(value));
    const seen = byId.get(id);
    if (seen) {
      seen.days = [...new Set([...seen.days, ...days])];
      return;
    }
    const link = span.find("a").first();
    byId.set(id, {
      id,
      title: plainText(link.text(), 500),
      url: absoluteUrl(link.attr("href"), pageUrl),
      days,
      sector: plainText(span.attr("data-sector"), 200),
      location: plainText(span.attr("data-location"), 500),
      organisers: plainText(span.attr("data-organizers"), 500),
    });
  });
  return [...byId.values()];
}

/** The month pages of a run: the current month in Dubai and `monthsAhead` following ones. */
export function admoMonths(now: Date, monthsAhead: number): Temporal.PlainYearMonth[] {
  const first = localToday(now, DUBAI).toPlainYearMonth();
  return Array.from({ length: monthsAhead + 1 }, (_, index) => first.add({ months: index }));
}

export function admoMonthPath(language: "en" | "ar", month: Temporal.PlainYearMonth): string {
  return `/${language}/abu-dhabi-events/?month=${month.month}&year=${month.year}`;
}

interface Merged {
  en: AdmoGridEvent | null;
  ar: AdmoGridEvent | null;
  days: { en: Set<string>; ar: Set<string> };
  pageUrl: string;
}

/**
 * ADMO: every month page in English and Arabic, merged by event id across months and languages,
 * so an event spanning two months is one event (its days are the union of every month's). The grid has days only: events are all-day in
 * Asia/Dubai, from their first day to the end of their last.
 */
export const collectAdmo: SourceCollector = async (ctx) => {
  const merged = new Map<string, Merged>();
  for (const month of admoMonths(ctx.now, ctx.source.monthsAhead)) {
    for (const language of ["en", "ar"] as const) {
      const page = await ctx.page(sourceUrl(ctx.source, admoMonthPath(language, month)));
      const events = page ? readPage(ctx, page, parseAdmoMonth) : null;
      for (const event of events ?? []) {
        const entry = merged.get(event.id) ?? {
          en: null,
          ar: null,
          days: { en: new Set<string>(), ar: new Set<string>() },
          pageUrl: page!.url,
        };
        entry[language] ??= event;
        for (const value of event.days) entry.days[language].add(value);
        merged.set(event.id, entry);
      }
    }
  }
  return [...merged.entries()].flatMap(([id, entry]) => draftOf(ctx, id, entry));
};

function draftOf(ctx: SourceContext, id: string, entry: Merged): EventDraft[] {
  // The English grid's days when it has the event (the languages may disagree mid-update).
  const days = [...(entry.days.en.size > 0 ? entry.days.en : entry.days.ar)].sort();
  const any = entry.en ?? entry.ar!;
  if (days.length === 0) {
    ctx.invalidEvent(entry.pageUrl, `event ${id} has no dates`);
    return [];
  }
  return [
    {
      externalId: id,
      titleEn: entry.en?.title ?? null,
      titleAr: entry.ar?.title ?? null,
      descriptionEn: null,
      descriptionAr: null,
      startsAt: dayStart(days[0]!, DUBAI),
      endsAt: dayAfter(days.at(-1)!, DUBAI),
      allDay: true,
      // The grid names location, organisers and sector by id only.
      venueEn: any.location,
      venueAr: null,
      organiser: any.organisers,
      url: entry.en?.url ?? entry.ar?.url ?? null,
      imageUrl: null,
      category: any.sector,
    },
  ];
}
