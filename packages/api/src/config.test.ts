import { describe, expect, it } from "vitest";
import {
  campaignConfigFromEnv,
  emailConfigFromEnv,
  loginConfigFromEnv,
  publicBaseUrl,
  siteConfigFromEnv,
  sourcesConfigFromEnv,
} from "./config";

describe("API configuration", () => {
  it("has defaults for every section", () => {
    expect(siteConfigFromEnv({})).toEqual({ authUrl: undefined, publicOrgSlug: undefined });
    expect(loginConfigFromEnv({})).toEqual({ perAccount: 5, perIp: 20, slowdownAfterFailures: 20 });
    expect(emailConfigFromEnv({})).toEqual({
      apiKey: null,
      from: "Taqweem <no-reply@taqweem.local>",
      baseUrl: undefined,
    });
    expect(publicBaseUrl({})).toBe("http://localhost:3000");
    expect(sourcesConfigFromEnv({})).toEqual({ suspectPercent: 50 });
    expect(campaignConfigFromEnv({})).toEqual({
      tickMs: 5000,
      unpacedWindow: 100,
      startGraceSeconds: 600,
      disconnectGraceSeconds: 120,
    });
  });

  it("refuses a suspect threshold that is not a percentage", () => {
    expect(sourcesConfigFromEnv({ SCRAPER_SUSPECT_PERCENT: "25" })).toEqual({ suspectPercent: 25 });
    expect(() => sourcesConfigFromEnv({ SCRAPER_SUSPECT_PERCENT: "150" })).toThrow(/SCRAPER_SUSPECT_PERCENT/);
  });

  it("reads the campaign settings and refuses a tick too short to be sane", () => {
    expect(campaignConfigFromEnv({ CAMPAIGN_TICK_MS: "500" }).tickMs).toBe(500);
    expect(() => campaignConfigFromEnv({ CAMPAIGN_TICK_MS: "5" })).toThrow(/CAMPAIGN_TICK_MS/);
  });

  it("reads the variables; an empty one counts as unset", () => {
    const env = {
      AUTH_URL: "https://taqweem.example.org//",
      PUBLIC_ORG_SLUG: "museum",
      LOGIN_MAX_FAILURES_PER_ACCOUNT: "3",
      LOGIN_MAX_FAILURES_PER_IP: "",
      RESEND_API_KEY: "re_123",
      RESEND_BASE_URL: "http://127.0.0.1:4010",
    };
    expect(publicBaseUrl(env)).toBe("https://taqweem.example.org");
    expect(siteConfigFromEnv(env).publicOrgSlug).toBe("museum");
    expect(loginConfigFromEnv(env)).toMatchObject({ perAccount: 3, perIp: 20 });
    expect(emailConfigFromEnv(env)).toMatchObject({ apiKey: "re_123", baseUrl: "http://127.0.0.1:4010" });
  });

  it("refuses bad values, naming the variable; one bad section leaves the others readable", () => {
    expect(() => loginConfigFromEnv({ LOGIN_MAX_FAILURES_PER_IP: "many" })).toThrow(
      "LOGIN_MAX_FAILURES_PER_IP: must be a whole number of at least 0",
    );
    expect(() => publicBaseUrl({ AUTH_URL: "taqweem.example.org" })).toThrow(
      /AUTH_URL: must be the app's public URL/,
    );
    expect(() => emailConfigFromEnv({ RESEND_BASE_URL: "nowhere" })).toThrow(
      "RESEND_BASE_URL: must be a URL",
    );
    expect(loginConfigFromEnv({ RESEND_BASE_URL: "nowhere" }).perAccount).toBe(5);
  });
});
