import { startWorkerProcess } from "@taqweem/jobs/runtime";
import pkg from "../package.json" with { type: "json" };
import { scraperConfigFromEnv } from "./config";

// Sources, fetching and signed results arrive with the scraper issue; today the worker
// registers, heartbeats and answers pings like every other.
await startWorkerProcess({
  kind: "scraper",
  version: pkg.version,
  port: scraperConfigFromEnv().port,
});
