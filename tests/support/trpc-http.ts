import { appRouter, createContext, getProducerBoss, type SessionIdentity } from "@taqweem/api";
import { transformer } from "@taqweem/api/wire";
import type { Database } from "@taqweem/db";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { expect } from "vitest";
import { type Member, sessionOf } from "./fixtures";

export interface HttpCaller {
  db: Database;
  databaseUrl: string;
  identity: Member | null;
}

export interface HttpAnswer {
  status: number;
  /** The procedure's result, deserialised (superjson), when it succeeded. */
  data: unknown;
  error?: { message: string; data: Record<string, unknown> };
}

// A caller is one session: its identity is read once, on its first call, like a sign-in.
const sessions = new WeakMap<HttpCaller, Promise<SessionIdentity>>();

function identityOf(caller: HttpCaller): Promise<SessionIdentity> | null {
  if (!caller.identity) return null;
  let session = sessions.get(caller);
  if (!session) {
    session = sessionOf(caller.identity, caller.db);
    sessions.set(caller, session);
  }
  return session;
}

/**
 * Calls a procedure over HTTP through tRPC's fetch adapter, as the web route does: a query is a GET
 * with `?input=`, a mutation a POST, both superjson-encoded.
 */
export async function callOverHttp(
  caller: HttpCaller,
  type: "query" | "mutation",
  path: string,
  input?: unknown,
): Promise<HttpAnswer> {
  const encoded = input === undefined ? undefined : JSON.stringify(transformer.serialize(input));
  const url = new URL(`http://localhost/api/trpc/${path}`);
  if (type === "query" && encoded) url.searchParams.set("input", encoded);
  const request =
    type === "query"
      ? new Request(url)
      : new Request(url, { method: "POST", headers: { "content-type": "application/json" }, body: encoded });
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    router: appRouter,
    req: request,
    createContext: async () =>
      createContext({
        db: caller.db,
        boss: () => getProducerBoss(caller.databaseUrl),
        identity: await identityOf(caller),
      }),
  });
  const body = (await response.json()) as {
    result?: { data: Parameters<typeof transformer.deserialize>[0] };
    error?: { json: HttpAnswer["error"] };
  };
  return {
    status: response.status,
    data: body.result ? transformer.deserialize(body.result.data) : undefined,
    error: body.error?.json,
  };
}

/** A call that must be refused: procedure type, path, input, and the field (and key) at fault. */
export type BadInput = [
  type: "query" | "mutation",
  path: string,
  input: unknown,
  field?: string,
  key?: string,
];

/** Asserts the call is refused with 400, the translatable invalid-input key, and the field's error. */
export async function expectRefused(caller: HttpCaller, ...[type, path, input, field, key]: BadInput) {
  const { status, error } = await callOverHttp(caller, type, path, input);
  expect(status).toBe(400);
  expect(error?.message).toBe("errors.invalidInput");
  const zodError = error?.data.zodError as { fieldErrors: Record<string, string[]> } | undefined;
  expect(zodError).toBeTruthy();
  if (field) expect(Object.keys(zodError!.fieldErrors)).toContain(field);
  if (key) expect(zodError!.fieldErrors[field!]).toContain(key);
}
