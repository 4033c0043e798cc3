import { hostname, networkInterfaces } from "node:os";
import { describe, expect, it } from "vitest";
import { devAllowedOrigins } from "../src/lib/dev-origins";

describe("hosts the development server serves its scripts to", () => {
  it("are the loopback addresses, this machine's name and addresses, and the listed extras", () => {
    const origins = devAllowedOrigins("dev.example.lan, *.example.lan 192.168.1.*");
    expect(origins).toEqual(expect.arrayContaining(["127.0.0.1", "[::1]", hostname().toLowerCase()]));
    expect(origins).toEqual(expect.arrayContaining(["dev.example.lan", "*.example.lan", "192.168.1.*"]));
    const ipv4 = Object.values(networkInterfaces())
      .flat()
      .filter((entry) => entry?.family === "IPv4")
      .map((entry) => entry!.address);
    expect(origins).toEqual(expect.arrayContaining(ipv4));
  });
});
