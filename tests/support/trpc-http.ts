import { appRouter, createContext, getProducerBoss } from "@taqweem/api";
import type { Database } from "@taqweem/db";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson from "superjson";

export interface HttpCaller {
  db: Database;
  databaseUrl: string;
  identity: { userId: string; orgId: string } | null;
}

export interface HttpAnswer {
  status: number;
  /** The procedure's result, deserialised (superjson), when it succeeded. */
  data: unknown;
  error?: { message: string; data: Record<string, unknown> };
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
  const encoded = input === undefined ? undefined : JSON.stringify(superjson.serialize(input));
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
    createContext: () =>
      createContext({
        db: caller.db,
        boss: () => getProducerBoss(caller.databaseUrl),
        identity: caller.identity,
      }),
  });
  const body = (await response.json()) as {
    result?: { data: Parameters<typeof superjson.deserialize>[0] };
    error?: { json: HttpAnswer["error"] };
  };
  return {
    status: response.status,
    data: body.result ? superjson.deserialize(body.result.data) : undefined,
    error: body.error?.json,
  };
}
