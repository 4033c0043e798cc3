import { startWorkerProcess } from "@taqweem/jobs/runtime";
import pkg from "../package.json" with { type: "json" };
import { type ScraperConfig, scraperConfigFromEnv } from "./config";
import { scraperSetup } from "./worker";

let config: ScraperConfig;
let setup: ReturnType<typeof scraperSetup>;
try {
  // Bad settings, or no SCRAPER_SIGNING_SECRET, stop the process before it connects anywhere.
  config = scraperConfigFromEnv();
  setup = scraperSetup(config, pkg.version);
} catch (error) {
  console.error(JSON.stringify({ level: 60, kind: "scraper", msg: "refusing to start", err: String(error) }));
  process.exit(1);
}
await startWorkerProcess({ kind: "scraper", version: pkg.version, port: config.port, setup });
