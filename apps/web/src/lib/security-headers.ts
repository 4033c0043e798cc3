/**
 * The Content-Security-Policy. Pages get a fresh nonce per request from the proxy (proxy.ts):
 * Next.js reads it from the request's policy and puts it on its own scripts, and 'strict-dynamic'
 * lets those load the chunks they import; no inline script without the nonce runs. Without a nonce
 * (API responses, files) no inline script runs at all. Development also needs eval (React's
 * debugging stacks) and a WebSocket for hot reloading.
 *
 * style-src keeps 'unsafe-inline': server-rendered React writes `style="…"` attributes and
 * FullCalendar injects its <style> element at run time, and neither can carry a nonce (a nonce in
 * style-src would also switch 'unsafe-inline' off). Styles cannot run script; the policy that
 * stops injected script is script-src.
 */
export function contentSecurityPolicy({ dev, nonce }: { dev: boolean; nonce?: string }): string {
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : "'self'";
  return [
    "default-src 'self'",
    `script-src ${scripts}${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A nonce for one response: 128 random bits, base64. */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/**
 * Headers for every response (next.config.ts). The proxy replaces this policy on pages with one
 * carrying the page's nonce. HSTS only in production: development runs on plain http://localhost.
 */
export function securityHeaders(dev: boolean): { key: string; value: string }[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy({ dev }) },
    ...(dev ? [] : [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]),
    { key: "X-Frame-Options", value: "DENY" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
}
