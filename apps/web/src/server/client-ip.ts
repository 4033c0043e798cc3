/**
 * The caller's address for rate limiting. Assumes the reverse proxy in front of the app sets
 * X-Forwarded-For / X-Real-IP; without one, Next.js fills X-Forwarded-For from the socket.
 */
export function clientIp(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || null;
}
