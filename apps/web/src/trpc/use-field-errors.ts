"use client";

import { readApiError } from "./api-error";
import { useErrorKeyMessage } from "./use-error-message";

/** Turns a refused API input into one translated sentence per field, to show beside the field. */
export function useFieldErrors(error: unknown): (field: string) => string | undefined {
  const message = useErrorKeyMessage();
  const { fieldErrors } = readApiError(error);
  return (field) => {
    const key = fieldErrors[field];
    return key && message(key);
  };
}
