import { describe, expect, it } from "vitest";
import { webConfigFromEnv } from "../src/config";

describe("webConfigFromEnv", () => {
  it("has defaults for everything, outside production", () => {
    expect(webConfigFromEnv({})).toEqual({
      production: false,
      port: 3000,
      jobsPort: 3101,
      authSecret: undefined,
      authTrustHost: undefined,
      trustedProxies: undefined,
      devAllowedOrigins: "",
    });
  });

  it("reads the variables", () => {
    expect(
      webConfigFromEnv({
        NODE_ENV: "production",
        PORT: "8080",
        WEB_JOBS_PORT: "0",
        AUTH_SECRET: "s3cret",
        AUTH_TRUST_HOST: "false",
        TRUSTED_PROXIES: "1",
        DEV_ALLOWED_ORIGINS: "*.example.lan",
      }),
    ).toEqual({
      production: true,
      port: 8080,
      jobsPort: 0,
      authSecret: "s3cret",
      authTrustHost: false,
      trustedProxies: "1",
      devAllowedOrigins: "*.example.lan",
    });
    expect(webConfigFromEnv({ AUTH_TRUST_HOST: "true" }).authTrustHost).toBe(true);
  });

  it("refuses bad values, naming the variable", () => {
    expect(() => webConfigFromEnv({ AUTH_TRUST_HOST: "yes" })).toThrow(
      "AUTH_TRUST_HOST: must be true or false",
    );
    expect(() => webConfigFromEnv({ PORT: "web" })).toThrow(/PORT: must be a whole number/);
  });
});
