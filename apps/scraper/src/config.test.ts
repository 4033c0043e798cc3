import { describe, expect, it } from "vitest";
import { scraperConfigFromEnv, userAgent } from "./config";

describe("scraperConfigFromEnv", () => {
  it("serves /health on 3103 unless SCRAPER_PORT says otherwise", () => {
    expect(scraperConfigFromEnv({}).port).toBe(3103);
    expect(scraperConfigFromEnv({ SCRAPER_PORT: "0" }).port).toBe(0);
  });

  it("is polite by default: retries, a pause per host, a size limit", () => {
    const config = scraperConfigFromEnv({});
    expect(config.retries).toBe(2);
    expect(config.hostDelayMs).toBeGreaterThanOrEqual(1_000);
    expect(config.maxBodyBytes).toBe(5 * 1024 * 1024);
  });

  it("refuses a bad port or contact, naming the variable", () => {
    expect(() => scraperConfigFromEnv({ SCRAPER_PORT: "99999" })).toThrow(
      /SCRAPER_PORT: must be a port number/,
    );
    expect(() => scraperConfigFromEnv({ SCRAPER_CONTACT_URL: "call us" })).toThrow(/SCRAPER_CONTACT_URL/);
  });

  it("names the product, its version and the contact in the User-Agent", () => {
    const config = scraperConfigFromEnv({ SCRAPER_CONTACT_URL: "https://example.org/bot" });
    expect(userAgent(config, "0.1.0")).toBe("TaqweemBot/0.1.0 (+https://example.org/bot)");
  });
});
