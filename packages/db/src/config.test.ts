import { describe, expect, it } from "vitest";
import { dbConfigFromEnv } from "./config";
import { ConfigError } from "./env";

describe("dbConfigFromEnv", () => {
  it("has defaults for everything but the connection string", () => {
    expect(dbConfigFromEnv({})).toEqual({
      databaseUrl: undefined,
      appName: undefined,
      waitTimeoutMs: 60_000,
    });
  });

  it("reads each variable, an empty one counting as unset", () => {
    expect(
      dbConfigFromEnv({
        DATABASE_URL: "postgres://app@db/taqweem",
        TAQWEEM_APP_NAME: "",
        DB_WAIT_TIMEOUT_MS: "1500",
      }),
    ).toEqual({ databaseUrl: "postgres://app@db/taqweem", appName: undefined, waitTimeoutMs: 1500 });
  });

  it("refuses a bad value, naming the variable", () => {
    expect(() => dbConfigFromEnv({ DB_WAIT_TIMEOUT_MS: "soon" })).toThrow(ConfigError);
    expect(() => dbConfigFromEnv({ DB_WAIT_TIMEOUT_MS: "-5" })).toThrow(
      "Invalid configuration: DB_WAIT_TIMEOUT_MS: must be a whole number of at least 0",
    );
  });
});
