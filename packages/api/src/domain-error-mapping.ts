import { TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import type { DomainError, DomainErrorCode } from "./domain-error";

/** The tRPC code (and so the HTTP status) each domain error code reaches the client as. */
export const trpcCodeOf = {
  invalid: "BAD_REQUEST",
  unauthorized: "UNAUTHORIZED",
  forbidden: "FORBIDDEN",
  not_found: "NOT_FOUND",
  conflict: "CONFLICT",
  stale: "CONFLICT",
  too_many: "TOO_MANY_REQUESTS",
  too_large: "PAYLOAD_TOO_LARGE",
} as const satisfies Record<DomainErrorCode, TRPC_ERROR_CODE_KEY>;

/** The message is the key: the browser reads `data.messageKey` and translates it. */
export function toTRPCError(error: DomainError): TRPCError {
  return new TRPCError({ code: trpcCodeOf[error.code], message: error.key, cause: error });
}
