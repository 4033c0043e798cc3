import type { AppLocale } from "@/i18n/routing";

export interface Localized {
  text: string;
  /** The language the text is in: the reader's, or the other one when only that exists. */
  lang: AppLocale;
  /** True when the reader's language was missing and the other one is shown instead. */
  fallback: boolean;
}

/** Bilingual content in the reader's language, else the other one (marked as such); null when both are empty. */
export function localized(en: string | null | undefined, ar: string | null | undefined, locale: AppLocale) {
  const own = locale === "ar" ? ar : en;
  if (own) return { text: own, lang: locale, fallback: false } satisfies Localized;
  const other = locale === "ar" ? en : ar;
  if (other) return { text: other, lang: locale === "ar" ? "en" : "ar", fallback: true } satisfies Localized;
  return null;
}
