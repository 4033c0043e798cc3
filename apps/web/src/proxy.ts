import { NextRequest, NextResponse } from "next/server";
import { getToken } from "next-auth/jwt";
import createIntlMiddleware from "next-intl/middleware";
import { webConfigFromEnv } from "./config";
import { isAppLocale, routing } from "./i18n/routing";
import { loginPath } from "./lib/callback-url";
import { contentSecurityPolicy, newNonce } from "./lib/security-headers";

const intl = createIntlMiddleware(routing);
/** Pages anyone may open: the login page and the public calendar. */
const publicSections = new Set(["login", "public"]);
const secureSessionCookie = "__Secure-authjs.session-token";
const dev = !webConfigFromEnv().production;

/**
 * Whether the request carries a valid session cookie. Only read, never renewed: Auth.js's own
 * middleware re-sets the session cookie on every request it sees, so a prefetch that left before
 * "Sign out" and answered after it put the cookie back and signed the user in again.
 */
async function hasSession(request: NextRequest): Promise<boolean> {
  const secureCookie = request.cookies.getAll().some((cookie) => cookie.name.startsWith(secureSessionCookie));
  const token = await getToken({ req: request, secret: webConfigFromEnv().authSecret, secureCookie });
  return token !== null;
}

/**
 * Locale routing first (`/` goes to the saved or preferred language), then the sign-in gate for
 * every page but the login page and the public calendar. Pages check the session again on the
 * server; this only spares a signed-out visitor a page they cannot use.
 *
 * Every page gets its own script nonce: the policy goes on the request, where Next.js finds the
 * nonce for the scripts it renders (next-intl forwards the request headers), and on the response.
 */
export async function proxy(request: NextRequest) {
  const policy = contentSecurityPolicy({ dev, nonce: newNonce() });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = await gate(request, intl(new NextRequest(request, { headers })));
  response.headers.set("content-security-policy", policy);
  return response;
}

async function gate(request: NextRequest, response: NextResponse): Promise<NextResponse> {
  if (response.headers.has("location")) return response;
  const { pathname, search } = request.nextUrl;
  const [, first, second] = pathname.split("/");
  const locale = isAppLocale(first) ? first : routing.defaultLocale;
  if (isAppLocale(first) && publicSections.has(second ?? "")) return response;
  if (await hasSession(request)) return response;
  return NextResponse.redirect(new URL(loginPath(locale, pathname + search), request.url));
}

export const config = {
  // Pages only: not the API, Next.js internals or files with an extension.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
