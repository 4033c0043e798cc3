import type { ErrorKey } from "@taqweem/api";

/**
 * What the browser knows of a failed API call: the message key the API attached to it, and the
 * key of each input field it refused (the first one per field).
 */
export interface ApiError {
  key: ErrorKey;
  fieldErrors: Partial<Record<string, ErrorKey>>;
  /** What the API attached to help, e.g. `contactId` of the contact a duplicate phone belongs to. */
  details: Record<string, string>;
}

/** The shape the API's error formatter (packages/api/src/trpc.ts) gives a failed call's `data`. */
interface ErrorData {
  messageKey?: unknown;
  zodError?: { fieldErrors?: Record<string, unknown[] | undefined> } | null;
  details?: Record<string, string> | null;
}

const keyPattern = /^errors\.\w+$/;
const asKey = (value: unknown): ErrorKey | undefined =>
  typeof value === "string" && keyPattern.test(value) ? (value as ErrorKey) : undefined;

/**
 * Reads any failed call (a tRPC client error, or nothing at all) into an `ApiError`. A call that
 * carries no key reads as "internal"; a refused field whose message is not one of ours reads as
 * "invalidInput".
 */
export function readApiError(error: unknown): ApiError {
  const data = (error as { data?: ErrorData | null } | null | undefined)?.data;
  const fieldErrors: ApiError["fieldErrors"] = {};
  for (const [field, messages] of Object.entries(data?.zodError?.fieldErrors ?? {})) {
    if (messages?.length) fieldErrors[field] = asKey(messages[0]) ?? "errors.invalidInput";
  }
  return { key: asKey(data?.messageKey) ?? "errors.internal", fieldErrors, details: data?.details ?? {} };
}

/** True when a failed call carries one of these message keys (e.g. "errors.staleVersion"). */
export function hasErrorKey(error: unknown, ...keys: ErrorKey[]): boolean {
  return error != null && keys.includes(readApiError(error).key);
}

/** True when the API refused some input fields, which then say what is wrong themselves. */
export function hasFieldErrors(error: unknown): boolean {
  return Object.keys(readApiError(error).fieldErrors).length > 0;
}
