import type { IncomingMessage } from "node:http";

/**
 * The TCP peer of the request, stamped by server.ts. Next.js hands route handlers no socket, and
 * the X-Forwarded-For it fills in keeps whatever the client sent (it only sets the header when
 * absent), so a client could choose its own address. This header is overwritten for every
 * request by our own server before Next.js sees it, so a value sent by a client never survives.
 */
export const peerAddressHeader = "x-taqweem-peer-address";

export function stampPeerAddress(request: IncomingMessage): void {
  request.headers[peerAddressHeader] = request.socket.remoteAddress ?? "";
}
