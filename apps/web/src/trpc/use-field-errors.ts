"use client";

import { type Messages, useTranslations } from "next-intl";

type ErrorMessages = Messages["errors"];

/** The message keys the API attached to each invalid input field ("errors.tooLong"), if any. */
function fieldKeysOf(error: unknown): Record<string, string[] | undefined> {
  const data = (error as { data?: { zodError?: { fieldErrors?: Record<string, string[]> } } } | null)?.data;
  return data?.zodError?.fieldErrors ?? {};
}

/** Turns a refused tRPC input into one translated sentence per field, to show beside the field. */
export function useFieldErrors(error: unknown): (field: string) => string | undefined {
  const t = useTranslations("errors");
  const keys = fieldKeysOf(error);
  return (field) => {
    const key = keys[field]?.[0];
    if (!key) return undefined;
    const name = (key.startsWith("errors.") ? key.slice("errors.".length) : key) as keyof ErrorMessages;
    return t.has(name) ? t(name) : t("invalidInput");
  };
}
