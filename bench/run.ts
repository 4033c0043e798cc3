import { migrateDatabase } from "@taqweem/db";
import { createScratchDatabase } from "@taqweem/db/scratch";
import { installQueues } from "@taqweem/jobs";
import { benchCalendarRange } from "./calendar-range";
import { benchSeriesAge } from "./calendar-series-age";
import { benchCampaignStart } from "./campaign-start";
import { benchContactsImport } from "./contacts-import";
import { benchContactsSearch } from "./contacts-search";
import { benchHealthThroughput } from "./health-throughput";
import type { BenchResult } from "./lib/report";
import { writeReport } from "./lib/report";
import { benchPageWeight } from "./page-weight";
import { benchQueueRoundTrip } from "./queue-roundtrip";
import { benchScraperParse } from "./scraper-parse";
import { benchWhatsApp } from "./wa-throughput";

/** `npm run bench`: every benchmark on a scratch database, each beside its baseline from this run. */
process.env.LOG_LEVEL ??= "warn";
const scratch = await createScratchDatabase("bench");
const results: BenchResult[] = [];
try {
  await migrateDatabase(scratch.url);
  await installQueues(scratch.url);
  results.push(...(await benchQueueRoundTrip(scratch.url)));
  results.push(...(await benchHealthThroughput(scratch.url)));
  results.push(...(await benchWhatsApp(scratch.url)));
  results.push(...(await benchCalendarRange(scratch.url)));
  results.push(...(await benchSeriesAge(scratch.url)));
  results.push(...(await benchScraperParse()));
  results.push(...(await benchCampaignStart(scratch.url)));
  results.push(...(await benchContactsSearch(scratch.url)));
  results.push(...(await benchContactsImport(scratch.url)));
  results.push(...benchPageWeight());
  writeReport(results);
} finally {
  await scratch.dispose();
}
