import { hostname, networkInterfaces } from "node:os";
import { webConfigFromEnv } from "../config";

/**
 * Hosts the development server serves its scripts and hot-reload socket to. Next.js allows only
 * localhost by default, so a page opened at http://127.0.0.1:3000, at the machine's network
 * address (a VM, a colleague) or at its host name rendered but never loaded its scripts: the
 * calendar stayed on "Loading…". This machine's own names and addresses are allowed, plus any
 * host or wildcard (`*.example.lan`, `192.168.1.*`) listed in DEV_ALLOWED_ORIGINS.
 */
export function devAllowedOrigins(extra = webConfigFromEnv().devAllowedOrigins): string[] {
  const addresses = Object.values(networkInterfaces())
    .flat()
    .flatMap((entry) => (entry && !entry.address.includes("%") ? [entry] : []))
    // Browsers write IPv6 hosts in brackets, and Next.js compares the Origin's host as written.
    .map((entry) => (entry.family === "IPv6" ? `[${entry.address}]` : entry.address));
  const listed = extra.split(/[\s,]+/).filter(Boolean);
  return [...new Set(["127.0.0.1", "[::1]", hostname().toLowerCase(), ...addresses, ...listed])];
}
