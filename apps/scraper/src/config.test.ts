import { describe, expect, it } from "vitest";
import { scraperConfigFromEnv } from "./config";

describe("scraperConfigFromEnv", () => {
  it("serves /health on 3103 unless SCRAPER_PORT says otherwise", () => {
    expect(scraperConfigFromEnv({})).toEqual({ port: 3103 });
    expect(scraperConfigFromEnv({ SCRAPER_PORT: "0" })).toEqual({ port: 0 });
  });

  it("refuses a bad port, naming the variable", () => {
    expect(() => scraperConfigFromEnv({ SCRAPER_PORT: "99999" })).toThrow(
      /SCRAPER_PORT: must be a port number/,
    );
  });
});
