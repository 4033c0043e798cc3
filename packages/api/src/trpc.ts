import { initTRPC } from "@trpc/server";
import { z } from "zod";
import type { Context } from "./context";
import { DomainError, fail } from "./domain-error";
import { toTRPCError } from "./domain-error-mapping";
import { errorKeys } from "./errors";
import { type Action, can } from "./permissions";
import { transformer } from "./wire/calendar-page";

const t = initTRPC.context<Context>().create({
  transformer,
  errorFormatter({ shape, error }) {
    const zodError = error.cause instanceof z.ZodError ? z.flattenError(error.cause) : null;
    const isKey = shape.message.startsWith("errors.");
    const messageKey = zodError ? errorKeys.invalidInput : isKey ? shape.message : errorKeys.internal;
    const details = error.cause instanceof DomainError ? (error.cause.details ?? null) : null;
    return {
      ...shape,
      // Never leak internal error text to the browser; the key says what the user can do.
      message: messageKey,
      data: { ...shape.data, stack: undefined, messageKey, zodError, details },
    };
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

const timing = t.middleware(async ({ next, path, type }) => {
  const started = performance.now();
  const result = await next();
  const ms = performance.now() - started;
  if (ms > 500)
    console.warn(JSON.stringify({ level: 40, msg: "slow procedure", path, type, ms: Math.round(ms) }));
  return result;
});

/**
 * The one place a domain error becomes a tRPC error (code, HTTP status, message key), for every
 * procedure and for the permission checks below; first in the chain so it sees all of them.
 */
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainError) throw toTRPCError(result.error.cause);
  return result;
});

export const publicProcedure = t.procedure.use(domainErrors).use(timing);

/** Signed in, even with a one-time password still to change: only for the account itself. */
export const accountProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.session) fail("unauthorized", errorKeys.unauthorized);
  return next({ ctx: { ...ctx, session: ctx.session } });
});

export const protectedProcedure = accountProcedure.use(({ ctx, next }) => {
  if (ctx.session.mustChangePassword) fail("forbidden", errorKeys.passwordChangeRequired);
  return next();
});

/** Signed in with a role that may do the action (permissions.ts decides). */
export function allowedProcedure(action: Action) {
  return protectedProcedure.use(({ ctx, next }) => {
    if (!can(ctx.session.role, action)) fail("forbidden", errorKeys.forbidden);
    return next();
  });
}
