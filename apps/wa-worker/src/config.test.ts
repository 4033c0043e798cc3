import path from "node:path";
import { describe, expect, it } from "vitest";
import { waConfigFromEnv } from "./config";

describe("waConfigFromEnv", () => {
  it("defaults to Baileys with 30-second leases outside production", () => {
    const config = waConfigFromEnv({ TAQWEEM_DATA_DIR: "/tmp/taqweem-data" });
    expect(config).toMatchObject({
      transport: "baileys",
      port: 3102,
      production: false,
      dataDir: path.resolve("/tmp/taqweem-data"),
      leaseTtlMs: 30_000,
      leaseRenewMs: 5_000,
      sendConcurrency: 10,
      simulator: { autoScanMs: undefined, qrCount: 6, groups: 4 },
    });
  });

  it("reads the worker's variables, nested simulator ones too", () => {
    const config = waConfigFromEnv({
      NODE_ENV: "production",
      WA_TRANSPORT: "simulator",
      WA_WORKER_PORT: "0",
      WA_LEASE_TTL_MS: "3000",
      WA_SIM_AUTO_SCAN_MS: "",
      WA_SIM_QR_COUNT: "50",
    });
    expect(config).toMatchObject({
      production: true,
      transport: "simulator",
      port: 0,
      leaseTtlMs: 3_000,
      simulator: { autoScanMs: undefined, qrCount: 50 },
    });
  });

  it("reads the stop and start words as comma lists, Arabic commas too, with defaults in both languages", () => {
    expect(waConfigFromEnv({}).stopWords).toEqual(expect.arrayContaining(["stop", "إيقاف", "الغاء"]));
    const config = waConfigFromEnv({ WA_STOP_WORDS: "halt، قف , ,end", WA_START_WORDS: "go" });
    expect(config).toMatchObject({ stopWords: ["halt", "قف", "end"], startWords: ["go"] });
    expect(() => waConfigFromEnv({ WA_STOP_WORDS: " , " })).toThrow(/WA_STOP_WORDS/);
  });

  it("refuses bad values, naming each variable", () => {
    const read = () =>
      waConfigFromEnv({ WA_TRANSPORT: "telegram", WA_POLL_INTERVAL_MS: "100", WA_SIM_GROUPS: "9000" });
    expect(read).toThrow(/WA_TRANSPORT: /);
    expect(read).toThrow(/WA_POLL_INTERVAL_MS: must be a whole number of at least 500/);
    expect(read).toThrow(/WA_SIM_GROUPS: must be at most 500/);
    expect(() => waConfigFromEnv({ WA_WORKER_PORT: "http" })).toThrow(
      /WA_WORKER_PORT: must be a whole number/,
    );
  });
});
