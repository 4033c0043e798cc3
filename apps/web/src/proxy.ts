import { NextRequest, NextResponse } from "next/server";
import NextAuth from "next-auth";
import createIntlMiddleware from "next-intl/middleware";
import { authConfig } from "./auth.config";
import { isAppLocale, routing } from "./i18n/routing";
import { loginPath } from "./lib/callback-url";
import { contentSecurityPolicy, newNonce } from "./lib/security-headers";

const intl = createIntlMiddleware(routing);
/** Pages anyone may open: the login page and the public calendar. */
const publicSections = new Set(["login", "public"]);
const { auth } = NextAuth(authConfig);
const dev = process.env.NODE_ENV !== "production";

/**
 * Locale routing first (`/` goes to the saved or preferred language), then the sign-in gate for
 * every page but the login page and the public calendar. Pages check the session again on the
 * server; this only spares a signed-out visitor a page they cannot use.
 *
 * Every page gets its own script nonce: the policy goes on the request, where Next.js finds the
 * nonce for the scripts it renders (next-intl forwards the request headers), and on the response.
 */
export const proxy = auth((request) => {
  const policy = contentSecurityPolicy({ dev, nonce: newNonce() });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = gate(request, intl(new NextRequest(request, { headers })));
  response.headers.set("content-security-policy", policy);
  return response;
});

function gate(request: NextRequest & { auth: unknown }, response: NextResponse): NextResponse {
  if (response.headers.has("location")) return response;
  const { pathname, search } = request.nextUrl;
  const [, first, second] = pathname.split("/");
  const locale = isAppLocale(first) ? first : routing.defaultLocale;
  if (request.auth || (isAppLocale(first) && publicSections.has(second ?? ""))) return response;
  return NextResponse.redirect(new URL(loginPath(locale, pathname + search), request.url));
}

export const config = {
  // Pages only: not the API, Next.js internals or files with an extension.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
