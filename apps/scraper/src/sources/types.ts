import type { ScrapeSourceKind } from "@taqweem/db";
import type { ScrapedEvent } from "@taqweem/jobs";
import type { Page } from "../fetcher/fetcher";

/** An event as a parser reads it; the run adds the source id and the content hash. */
export type EventDraft = Omit<ScrapedEvent, "sourceId" | "contentHash">;

/** What a parser needs of a scrape_sources row. */
export interface SourceSpec {
  id: string;
  kind: ScrapeSourceKind;
  baseUrl: string;
  startUrl: string | null;
  monthsAhead: number;
}

export interface SourceContext {
  source: SourceSpec;
  /** The organisation's zone: times a generic source writes without an offset are read in it. */
  timeZone: string;
  /** The run's clock (which months are "current" for ADMO). */
  now: Date;
  /** Fetches through the polite fetcher; null when it failed (the error is recorded, the run incomplete). */
  page(url: string): Promise<Page | null>;
  /** A fetched page could not be read where events were expected; the run becomes incomplete. */
  unreadable(url: string, message: string): void;
  /** One event on a page could not be read; the page's other events still count. */
  invalidEvent(url: string, message: string): void;
}

/** Fetches and reads a source's pages into events, merging languages; never throws for a bad page. */
export type SourceCollector = (ctx: SourceContext) => Promise<EventDraft[]>;

/** Thrown by a page parser when the page does not have the structure it knows. */
export class ParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ParseError";
  }
}

/** Runs a parser on a page; a ParseError becomes the page's error and yields null. */
export function readPage<T>(
  ctx: SourceContext,
  page: { url: string; body: string },
  parse: (body: string, url: string) => T,
): T | null {
  try {
    return parse(page.body, page.url);
  } catch (error) {
    ctx.unreadable(page.url, error instanceof Error ? error.message : String(error));
    return null;
  }
}

/** A source's URL: `path` resolved against the source's base URL (which may carry a path prefix). */
export function sourceUrl(source: Pick<SourceSpec, "baseUrl">, path: string): string {
  const base = source.baseUrl.endsWith("/") ? source.baseUrl : `${source.baseUrl}/`;
  return new URL(path.replace(/^\//, ""), base).toString();
}
