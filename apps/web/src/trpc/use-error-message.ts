"use client";

import { type Messages, useTranslations } from "next-intl";

type ErrorMessages = Messages["errors"];

/** The translation key the API attached to a failed call ("errors.lastAdmin" → "lastAdmin"). */
function errorKeyOf(error: unknown): string | undefined {
  const data = (error as { data?: { messageKey?: unknown } } | null)?.data;
  const key = data?.messageKey;
  return typeof key === "string" && key.startsWith("errors.") ? key.slice("errors.".length) : undefined;
}

/** Turns a failed tRPC call into a sentence in the reader's language. */
export function useErrorMessage(): (error: unknown) => string {
  const t = useTranslations("errors");
  return (error) => {
    const key = errorKeyOf(error) as keyof ErrorMessages | undefined;
    return key && t.has(key) ? t(key) : t("internal");
  };
}
