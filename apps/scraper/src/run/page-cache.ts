import { type Database, scrapeHttpCache } from "@taqweem/db";
import { eq, sql } from "drizzle-orm";
import type { CachedPage, PageCache } from "../fetcher/fetcher";

/** The conditional GET cache in scrape_http_cache, shared by every scraper replica. */
export class DbPageCache implements PageCache {
  constructor(private readonly db: Database) {}

  async get(url: string): Promise<CachedPage | null> {
    const [row] = await this.db.select().from(scrapeHttpCache).where(eq(scrapeHttpCache.url, url));
    return row ?? null;
  }

  async save(page: CachedPage): Promise<void> {
    const values = { ...page, fetchedAt: sql`now()`, checkedAt: sql`now()` };
    await this.db
      .insert(scrapeHttpCache)
      .values(values)
      .onConflictDoUpdate({ target: scrapeHttpCache.url, set: values });
  }

  async touch(url: string): Promise<void> {
    await this.db.update(scrapeHttpCache).set({ checkedAt: sql`now()` }).where(eq(scrapeHttpCache.url, url));
  }
}
