import type { ErrorKey } from "./errors";

/**
 * What went wrong, in terms a user (or a job's log) can act on. Services throw these and never a
 * transport error, so routers, job handlers and workers all call them alike; trpc.ts maps each
 * code to its tRPC error and HTTP status in one place (domain-error-mapping.ts).
 */
export const domainErrorCodes = [
  "invalid",
  "unauthorized",
  "forbidden",
  "not_found",
  "conflict",
  "stale",
  "too_many",
  "too_large",
] as const;

export type DomainErrorCode = (typeof domainErrorCodes)[number];

export class DomainError extends Error {
  override readonly name = "DomainError";

  constructor(
    readonly code: DomainErrorCode,
    readonly key: ErrorKey,
    /** What the UI needs to help, e.g. the id of the existing row a duplicate collides with. */
    readonly details?: Record<string, string>,
  ) {
    super(key);
  }
}

/** Throws a DomainError; typed `never` so it reads as `row ?? fail("not_found", errorKeys.notFound)`. */
export function fail(code: DomainErrorCode, key: ErrorKey, details?: Record<string, string>): never {
  throw new DomainError(code, key, details);
}
