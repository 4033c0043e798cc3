import {
  eventContentHash,
  type ScrapedEvent,
  type ScrapeError,
  type ScrapeResult,
  scrapedEvent,
} from "@taqweem/jobs";
import type { Fetcher, Page } from "../fetcher/fetcher";
import { collectors } from "../sources";
import type { EventDraft, SourceContext, SourceSpec } from "../sources/types";

/** A run's counters as they grow, for live progress. */
export interface RunProgress {
  pages: ScrapeResult["pages"];
  eventsFound: number;
  errors: ScrapeError[];
}

export interface CollectOptions {
  source: SourceSpec;
  timeZone: string;
  now: Date;
  fetcher: Pick<Fetcher, "get">;
  /** Called after every page (fetched, confirmed by a 304, or failed). */
  onProgress?: (progress: RunProgress) => Promise<void> | void;
}

/**
 * Runs a source's collector through the fetcher and turns its drafts into the run's result:
 * events validated and hashed (one per external id), every page error, page counts, and whether
 * the run saw every page it meant to (`complete`).
 */
export async function collectSource(options: CollectOptions): Promise<ScrapeResult> {
  const { source, fetcher, onProgress } = options;
  const pages = { fetched: 0, notModified: 0, failed: 0 };
  const errors: ScrapeError[] = [];
  let complete = true;
  let eventsFound = 0;
  const report = () => onProgress?.({ pages: { ...pages }, eventsFound, errors: [...errors] });

  const ctx: SourceContext = {
    source,
    timeZone: options.timeZone,
    now: options.now,
    page: async (url): Promise<Page | null> => {
      const outcome = await fetcher.get(url);
      if (outcome.ok) {
        if (outcome.page.notModified) pages.notModified++;
        else pages.fetched++;
      } else {
        pages.failed++;
        errors.push(outcome.error);
        complete = false;
      }
      await report();
      return outcome.ok ? outcome.page : null;
    },
    unreadable: (url, message) => {
      pages.failed++;
      errors.push({ url, code: "parse_failed", message: message.slice(0, 1_000) });
      complete = false;
    },
    invalidEvent: (url, message) => {
      errors.push({ url, code: "invalid_event", message: message.slice(0, 1_000) });
    },
  };

  const drafts = await collectors[source.kind](ctx);
  const events = new Map<string, ScrapedEvent>();
  for (const draft of drafts) {
    const event = finished(source.id, draft);
    if (event.success) events.set(event.data.externalId, event.data);
    else
      ctx.invalidEvent(
        draft.url ?? source.baseUrl,
        `${draft.externalId}: ${event.error.issues[0]?.message ?? "invalid"}`,
      );
  }
  eventsFound = events.size;
  await report();
  return { events: [...events.values()], errors, pages, complete };
}

function finished(sourceId: string, draft: EventDraft) {
  return scrapedEvent.safeParse({ ...draft, sourceId, contentHash: eventContentHash(draft) });
}
