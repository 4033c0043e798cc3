import { type Env, port, settingsFromEnv } from "@taqweem/db/env";
import { z } from "zod";

/** Every setting of the scraper, read from the environment. */
export const scraperConfigSchema = z.object({
  /** Port of /health and /metrics; 0 picks a free one. */
  port: port().default(3103),
});
export type ScraperConfig = z.infer<typeof scraperConfigSchema>;

export function scraperConfigFromEnv(env: Env = process.env): ScraperConfig {
  return settingsFromEnv(scraperConfigSchema, { port: "SCRAPER_PORT" }, env);
}
