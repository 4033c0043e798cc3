/**
 * True when the request comes from a page of this site. Browsers always send Origin with
 * cross-site POSTs and cannot forge it or X-Forwarded-Host (a custom header needs a CORS
 * preflight), so a mismatch or a missing Origin means the request was not made by our pages.
 */
export function isSameOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  const host = (headers.get("x-forwarded-host") ?? headers.get("host"))?.split(",")[0]?.trim();
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
