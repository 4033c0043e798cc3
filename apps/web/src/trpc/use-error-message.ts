"use client";

import type { ErrorKey } from "@taqweem/api";
import { type Messages, useTranslations } from "next-intl";
import { readApiError } from "./api-error";

type ErrorName = keyof Messages["errors"];

/** Turns an API message key ("errors.lastAdmin") into a sentence in the reader's language. */
export function useErrorKeyMessage(): (key: ErrorKey, params?: Record<string, string>) => string {
  const t = useTranslations("errors");
  const format = t as unknown as (name: ErrorName, params?: Record<string, string>) => string;
  return (key, params) => {
    // Every key has a message in both languages (apps/web/test/error-messages.test.ts).
    const name = key.slice("errors.".length) as ErrorName;
    return t.has(name) ? format(name, params) : t("internal");
  };
}

/** Turns a failed API call into a sentence in the reader's language. */
export function useErrorMessage(): (error: unknown) => string {
  const message = useErrorKeyMessage();
  return (error) => {
    const { key, details } = readApiError(error);
    return message(key, details);
  };
}
