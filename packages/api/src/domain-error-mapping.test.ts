import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { describe, expect, it } from "vitest";
import type { Context } from "./context";
import { domainErrorCodes, fail } from "./domain-error";
import { errorKeys } from "./errors";
import { createCallerFactory, createTRPCRouter, publicProcedure } from "./trpc";

const expectedStatus = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  stale: 409,
  too_many: 429,
  too_large: 413,
} as const;

// Each code throws a different key, so a test would see a key lost or swapped on the way.
const keyOf = {
  invalid: errorKeys.invalidInput,
  unauthorized: errorKeys.unauthorized,
  forbidden: errorKeys.forbidden,
  not_found: errorKeys.notFound,
  conflict: errorKeys.userExists,
  stale: errorKeys.staleVersion,
  too_many: errorKeys.tooManyAttempts,
  too_large: errorKeys.requestTooLarge,
} as const;

const router = createTRPCRouter({
  throws: publicProcedure
    .input((value) => value as keyof typeof keyOf)
    .mutation(({ input }) => fail(input, keyOf[input])),
});

// The procedures here never touch the database or the queue.
const context = { session: null, ip: null } as unknown as Context;

describe("domain error mapping", () => {
  it.each(domainErrorCodes)("sends %s with its HTTP status and message key", async (code) => {
    const response = await fetchRequestHandler({
      endpoint: "/api/trpc",
      router,
      createContext: () => context,
      req: new Request("http://test/api/trpc/throws", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ json: code }),
      }),
    });
    const body = (await response.json()) as {
      error: { json: { message: string; data: { messageKey: string } } };
    };
    expect(response.status).toBe(expectedStatus[code]);
    expect(body.error.json.message).toBe(keyOf[code]);
    expect(body.error.json.data.messageKey).toBe(keyOf[code]);
  });

  it("gives server-side callers the same tRPC error", async () => {
    const caller = createCallerFactory(router)(context);
    await expect(caller.throws("stale")).rejects.toMatchObject({
      name: "TRPCError",
      code: "CONFLICT",
      message: errorKeys.staleVersion,
    });
  });
});
