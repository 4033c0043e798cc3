import { describe, expect, it } from "vitest";
import { parseTrustedProxies, resolveClientAddress } from "../src/server/trusted-proxies";

describe("TRUSTED_PROXIES", () => {
  it("trusts no one by default: the socket address wins over any header", () => {
    expect(resolveClientAddress("::ffff:10.0.0.5", "1.2.3.4", parseTrustedProxies(undefined))).toBe(
      "10.0.0.5",
    );
    expect(resolveClientAddress("10.0.0.5", "1.2.3.4", parseTrustedProxies(" "))).toBe("10.0.0.5");
    expect(resolveClientAddress("10.0.0.5", "1.2.3.4", parseTrustedProxies("0"))).toBe("10.0.0.5");
  });

  it("walks back as many hops as configured, never past the start of the chain", () => {
    const two = parseTrustedProxies("2");
    expect(resolveClientAddress("10.0.0.1", "6.6.6.6, 5.5.5.5, 10.0.0.2", two)).toBe("5.5.5.5");
    expect(resolveClientAddress("10.0.0.1", "5.5.5.5", two)).toBe("5.5.5.5");
    expect(resolveClientAddress("10.0.0.1", null, two)).toBe("10.0.0.1");
    expect(resolveClientAddress("10.0.0.1", "not-an-ip, 10.0.0.2", two)).toBe("10.0.0.2");
  });

  it("walks back over listed addresses and CIDRs, IPv4 and IPv6", () => {
    const list = parseTrustedProxies("10.0.0.0/8, 2001:db8::/32 192.168.1.1");
    expect(resolveClientAddress("10.1.2.3", "6.6.6.6, 5.5.5.5, 192.168.1.1", list)).toBe("5.5.5.5");
    expect(resolveClientAddress("2001:db8::1", "2001:db8::2, 2a00::9", list)).toBe("2a00::9");
    expect(resolveClientAddress("172.16.0.1", "5.5.5.5", list)).toBe("172.16.0.1");
  });

  it("refuses a setting it cannot read", () => {
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/TRUSTED_PROXIES/);
    expect(() => parseTrustedProxies("proxy.local")).toThrow(/TRUSTED_PROXIES/);
  });
});
