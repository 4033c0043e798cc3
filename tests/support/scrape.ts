import { getProducerBoss, importRun } from "@taqweem/api";
import { getDb, scrapeResults, scrapeRuns } from "@taqweem/db";
import { eventContentHash, type ScrapedEvent, type ScrapeResult, signScrapeResult } from "@taqweem/jobs";
import { eq } from "drizzle-orm";
import { dubaiDaysAhead } from "./clock";

export const signingSecret = "test-signing-secret-of-at-least-32-chars";
export const importOptions = { secret: signingSecret, maxAgeSeconds: 3600, suspectRatio: 0.5 };

type Content = Partial<Omit<ScrapedEvent, "sourceId" | "externalId" | "contentHash">>;

/** One scraped event as the scraper outputs it, `days` ahead at 10:00–14:00 in Dubai. */
export function scraped(
  sourceId: string,
  externalId: string,
  days: number,
  content: Content = {},
): ScrapedEvent {
  const fields = {
    titleEn: `Event ${externalId}`,
    titleAr: `فعالية ${externalId}`,
    descriptionEn: null,
    descriptionAr: null,
    startsAt: dubaiDaysAhead(days, "10:00").toISOString(),
    endsAt: dubaiDaysAhead(days, "14:00").toISOString(),
    allDay: false,
    venueEn: "ADNEC",
    venueAr: "أدنيك",
    organiser: null,
    url: `https://example.test/events/${externalId}`,
    imageUrl: null,
    category: null,
    ...content,
  };
  return { sourceId, externalId, ...fields, contentHash: eventContentHash(fields) };
}

export const resultOf = (events: ScrapedEvent[], complete = true): ScrapeResult => ({
  events,
  errors: [],
  pages: { fetched: 2, notModified: 0, failed: 0 },
  complete,
});

interface Signing {
  /** Changes the stored payload after signing. */
  tamper?: (result: ScrapeResult) => ScrapeResult;
  signature?: string;
  signedAt?: Date;
}

/** A finished run of the source with its signed result, as the scraper leaves them. */
export async function finishedRun(
  orgId: string,
  sourceId: string,
  result: ScrapeResult,
  signing: Signing = {},
) {
  const db = getDb();
  const [run] = await db
    .insert(scrapeRuns)
    .values({
      orgId,
      sourceId,
      trigger: "manual",
      status: "succeeded",
      startedAt: new Date(),
      finishedAt: new Date(),
      eventsFound: result.events.length,
    })
    .returning();
  const signed = signScrapeResult({ runId: run!.id, sourceId, result }, signingSecret, signing.signedAt);
  await db.insert(scrapeResults).values({
    runId: run!.id,
    sourceId,
    payload: signing.tamper ? signing.tamper(result) : result,
    signedAt: new Date(signed.signedAt),
    signature: signing.signature ?? signed.signature,
  });
  return run!;
}

/** Runs the importer on a run as web-jobs does. */
export async function importRunNow(runId: string) {
  return importRun(getDb(), await getProducerBoss(process.env.DATABASE_URL!), runId, importOptions);
}

export async function runRow(runId: string) {
  const [run] = await getDb().select().from(scrapeRuns).where(eq(scrapeRuns.id, runId));
  return run!;
}
