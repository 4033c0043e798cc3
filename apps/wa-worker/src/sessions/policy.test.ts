import { describe, expect, it } from "vitest";
import { backoffMs, decideOnClose } from "./policy";

const settings = { reconnectBaseMs: 1_000, reconnectMaxMs: 60_000, reconnectMaxAttempts: 5 };

describe("reconnect policy", () => {
  it("restarts at once when WhatsApp asks for a restart, without counting a failure", () => {
    expect(decideOnClose("restart_required", 0, settings)).toEqual({
      kind: "reconnect",
      delayMs: 0,
      countsAsFailure: false,
    });
  });

  it("backs off exponentially with jitter, capped, then gives up as failed", () => {
    expect(backoffMs(1, settings, () => 0)).toBe(500);
    expect(backoffMs(1, settings, () => 1)).toBe(1_000);
    expect(backoffMs(4, settings, () => 1)).toBe(8_000);
    expect(backoffMs(20, settings, () => 1)).toBe(60_000);
    expect(backoffMs(20, settings, () => 0)).toBe(30_000);
    expect(decideOnClose("connection_lost", 5, settings, () => 0.5)).toMatchObject({
      kind: "reconnect",
      delayMs: 12_000,
    });
    expect(decideOnClose("connection_lost", 6, settings)).toEqual({
      kind: "stop",
      status: "failed",
      error: "too_many_failures",
      wipeCredentials: false,
    });
  });

  it("stops and reports what needs an admin; only a logout forgets the credentials", () => {
    expect(decideOnClose("logged_out", 0, settings)).toMatchObject({
      status: "logged_out",
      wipeCredentials: true,
    });
    expect(decideOnClose("replaced", 0, settings)).toMatchObject({
      status: "failed",
      error: "connection_replaced",
    });
    expect(decideOnClose("forbidden", 0, settings)).toMatchObject({ status: "banned", error: "forbidden" });
    expect(decideOnClose("multidevice_mismatch", 0, settings)).toMatchObject({ status: "failed" });
    expect(decideOnClose("qr_timeout", 0, settings)).toMatchObject({
      status: "disconnected",
      error: "qr_timeout",
    });
  });
});
