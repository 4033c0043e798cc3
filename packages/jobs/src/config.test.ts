import { hostname } from "node:os";
import { describe, expect, it } from "vitest";
import { workerConfigFromEnv, workerOnlineWindowMs } from "./config";

describe("workerConfigFromEnv", () => {
  it("has a default for every setting", () => {
    expect(workerConfigFromEnv({})).toEqual({
      logLevel: "info",
      heartbeatMs: 5_000,
      shutdownTimeoutMs: 20_000,
      host: hostname(),
    });
  });

  it("reads the variables", () => {
    expect(
      workerConfigFromEnv({
        LOG_LEVEL: "warn",
        HEARTBEAT_INTERVAL_MS: "500",
        WORKER_SHUTDOWN_TIMEOUT_MS: "0",
        HOSTNAME: "wa-worker-2",
      }),
    ).toEqual({ logLevel: "warn", heartbeatMs: 500, shutdownTimeoutMs: 0, host: "wa-worker-2" });
  });

  it("refuses bad values, naming the variable", () => {
    expect(() => workerConfigFromEnv({ HEARTBEAT_INTERVAL_MS: "0" })).toThrow(
      "HEARTBEAT_INTERVAL_MS: must be a whole number of at least 1",
    );
    expect(() => workerConfigFromEnv({ WORKER_SHUTDOWN_TIMEOUT_MS: "20s" })).toThrow(
      "WORKER_SHUTDOWN_TIMEOUT_MS: must be a whole number",
    );
    expect(() => workerConfigFromEnv({ LOG_LEVEL: "verbose" })).toThrow(/LOG_LEVEL: /);
  });
});

describe("workerOnlineWindowMs", () => {
  it("is three heartbeats", () => {
    expect(workerOnlineWindowMs(500)).toBe(1_500);
  });
});
