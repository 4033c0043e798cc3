import { NextResponse } from "next/server";
import NextAuth from "next-auth";
import createIntlMiddleware from "next-intl/middleware";
import { authConfig } from "./auth.config";
import { isAppLocale, routing } from "./i18n/routing";
import { loginPath } from "./lib/callback-url";

const intl = createIntlMiddleware(routing);
/** Pages anyone may open: the login page and the public calendar. */
const publicSections = new Set(["login", "public"]);
const { auth } = NextAuth(authConfig);

/**
 * Locale routing first (`/` goes to the saved or preferred language), then the sign-in gate for
 * every page but the login page and the public calendar. Pages check the session again on the
 * server; this only spares a signed-out visitor a page they cannot use.
 */
export const proxy = auth((request) => {
  const response = intl(request);
  if (response.headers.has("location")) return response;

  const { pathname, search } = request.nextUrl;
  const [, first, second] = pathname.split("/");
  const locale = isAppLocale(first) ? first : routing.defaultLocale;
  if (request.auth || (isAppLocale(first) && publicSections.has(second ?? ""))) return response;
  return NextResponse.redirect(new URL(loginPath(locale, pathname + search), request.url));
});

export const config = {
  // Pages only: not the API, Next.js internals or files with an extension.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
