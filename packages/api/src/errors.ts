import { TRPCError } from "@trpc/server";

/** Message keys the UI translates (messages/*.json under "errors"). */
export const errorKeys = {
  unauthorized: "errors.unauthorized",
  forbidden: "errors.forbidden",
  invalidInput: "errors.invalidInput",
  notFound: "errors.notFound",
  userExists: "errors.userExists",
  lastAdmin: "errors.lastAdmin",
  cannotChangeSelf: "errors.cannotChangeSelf",
  internal: "errors.internal",
} as const;

export type ErrorKey = (typeof errorKeys)[keyof typeof errorKeys];

export function fail(code: TRPCError["code"], key: ErrorKey): never {
  throw new TRPCError({ code, message: key });
}
