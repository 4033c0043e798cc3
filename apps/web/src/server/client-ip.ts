import { webConfigFromEnv } from "../config";
import { peerAddressHeader } from "./peer-address";
import { parseTrustedProxies, resolveClientAddress, type TrustedProxies } from "./trusted-proxies";

let fromEnv: TrustedProxies | undefined;
let warnedNoPeer = false;

/**
 * The caller's address for rate limiting: the socket peer stamped by server.ts, or, when that
 * peer is a proxy trusted by TRUSTED_PROXIES, the address the proxies report in X-Forwarded-For.
 */
export function clientIp(headers: Headers, trusted?: TrustedProxies): string | null {
  const peer = headers.get(peerAddressHeader);
  if (!peer) {
    if (!warnedNoPeer) {
      warnedNoPeer = true;
      console.warn("client address unknown: start the web app with server.ts, not `next` directly");
    }
    return null;
  }
  fromEnv ??= parseTrustedProxies(webConfigFromEnv().trustedProxies);
  return resolveClientAddress(peer, headers.get("x-forwarded-for"), trusted ?? fromEnv);
}
