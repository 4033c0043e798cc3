import { type AppLocale, isAppLocale } from "../i18n/routing";

const base = "http://callback.invalid";

/**
 * Where to go after signing in: a path on this site (never another origin, never the login page
 * again), in the language chosen on the login page. Anything else leads to the home page.
 */
export function callbackPath(value: unknown, locale: AppLocale): string {
  const home = `/${locale}`;
  if (typeof value !== "string" || !value.startsWith("/")) return home;
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return home;
  }
  if (url.origin !== base) return home;
  const segments = url.pathname.split("/").filter(Boolean);
  if (isAppLocale(segments[0])) segments.shift();
  if (segments[0] === "login") return home;
  return `/${[locale, ...segments].join("/")}${url.search}${url.hash}`;
}

/** The login page URL that returns to `path` afterwards. */
export function loginPath(locale: AppLocale, path: string): string {
  return `/${locale}/login?${new URLSearchParams({ callbackUrl: path })}`;
}
