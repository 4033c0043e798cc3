import type { Locale } from "@taqweem/db/schema";
import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: ["en", "ar"] satisfies Locale[],
  defaultLocale: "en",
  localePrefix: "always",
  // A year: the choice outlives the browser session.
  localeCookie: { maxAge: 60 * 60 * 24 * 365 },
});

export type AppLocale = (typeof routing.locales)[number];

export function directionOf(locale: AppLocale): "ltr" | "rtl" {
  return locale === "ar" ? "rtl" : "ltr";
}

export function isAppLocale(value: unknown): value is AppLocale {
  return routing.locales.includes(value as AppLocale);
}
