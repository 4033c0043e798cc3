import { BlockList, isIP } from "node:net";

/**
 * Which hops in front of the app may be believed about the client's address: none (the socket
 * address is the client), a fixed number of proxies, or proxies known by address or CIDR.
 */
export type TrustedProxies =
  | { kind: "none" }
  | { kind: "hops"; count: number }
  | { kind: "list"; list: BlockList };

/** `::ffff:10.0.0.1` (an IPv4 peer on a dual-stack socket) is 10.0.0.1. */
export function normaliseAddress(address: string): string {
  const trimmed = address.trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped ? mapped[1]! : trimmed.toLowerCase();
}

function family(address: string): "ipv4" | "ipv6" {
  return isIP(address) === 6 ? "ipv6" : "ipv4";
}

/**
 * Parses TRUSTED_PROXIES: empty (the default) trusts no one; a whole number is how many proxies
 * stand in front of the app; otherwise a comma- or space-separated list of addresses and CIDRs.
 */
export function parseTrustedProxies(text: string | undefined): TrustedProxies {
  const value = text?.trim() ?? "";
  if (value === "") return { kind: "none" };
  if (/^\d+$/.test(value)) {
    const count = Number(value);
    return count === 0 ? { kind: "none" } : { kind: "hops", count };
  }
  const list = new BlockList();
  for (const entry of value.split(/[\s,]+/).filter(Boolean)) {
    const [rawAddress, prefix, ...rest] = entry.split("/");
    const address = normaliseAddress(rawAddress ?? "");
    const bits = prefix === undefined ? undefined : Number(prefix);
    const maxBits = family(address) === "ipv6" ? 128 : 32;
    if (
      !isIP(address) ||
      rest.length > 0 ||
      (bits !== undefined && (!/^\d+$/.test(prefix!) || bits > maxBits))
    ) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is neither an address, a CIDR nor a hop count`);
    }
    if (bits === undefined) list.addAddress(address, family(address));
    else list.addSubnet(address, bits, family(address));
  }
  return { kind: "list", list };
}

/**
 * The client's address from the socket peer and the X-Forwarded-For chain. Each proxy appends the
 * address it received the request from, so the chain is read from the right: only entries added
 * by trusted hops are believed, and anything a client wrote itself sits to their left.
 */
export function resolveClientAddress(
  peer: string,
  forwardedFor: string | null,
  trusted: TrustedProxies,
): string {
  const socketAddress = normaliseAddress(peer);
  if (trusted.kind === "none" || !forwardedFor) return socketAddress;
  const chain = [...forwardedFor.split(",").map(normaliseAddress), socketAddress];
  if (trusted.kind === "hops") {
    // Walk back over the trusted hops, but never past an entry that is not an address.
    let index = chain.length - 1;
    for (let hop = 0; hop < trusted.count && index > 0 && isIP(chain[index - 1]!); hop += 1) index -= 1;
    return chain[index]!;
  }
  let index = chain.length - 1;
  while (index > 0 && trusted.list.check(chain[index]!, family(chain[index]!)) && isIP(chain[index - 1]!)) {
    index -= 1;
  }
  return chain[index]!;
}
