import { appRouter, createContext, getProducerBoss } from "@taqweem/api";
import { getDb } from "@taqweem/db";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson from "superjson";
import { beforeAll, describe, expect, it } from "vitest";
import { createOrg } from "../support/fixtures";

let identity: { userId: string; orgId: string };
beforeAll(async () => {
  identity = (await createOrg()).admin;
});

/** Calls a mutation over HTTP through tRPC's fetch adapter, as the web route does. */
async function post(path: string, input: unknown) {
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    router: appRouter,
    req: new Request(`http://localhost/api/trpc/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(superjson.serialize(input)),
    }),
    createContext: () =>
      createContext({ db: getDb(), boss: () => getProducerBoss(process.env.DATABASE_URL!), identity }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { error?: { json: { message: string; data: Record<string, unknown> } } },
  };
}

// Every procedure that takes input, with inputs a browser could send that must be refused.
const badInputs: Array<[path: string, input: unknown]> = [
  ["users.create", { email: "not-an-email", name: "A", role: "admin" }],
  ["users.create", { email: "a@example.test", name: "", role: "admin" }],
  ["users.create", { email: "a@example.test", name: "A", role: "owner" }],
  ["users.create", { email: "a@example.test", name: "A", role: "viewer", password: "short" }],
  ["users.create", { email: "a@example.test", name: "A", role: "viewer", locale: "fr" }],
  ["users.create", null],
  ["users.setRole", { userId: "not-a-uuid", role: "viewer" }],
  ["users.setRole", { userId: crypto.randomUUID(), role: "superuser" }],
  ["users.setActive", { userId: crypto.randomUUID(), active: "yes" }],
  ["users.setActive", {}],
  ["me.setLocale", { locale: "de" }],
  ["me.setLocale", "ar"],
];

describe("bad input", () => {
  it.each(badInputs)("%s refuses %j with 400 and a translatable key", async (path, input) => {
    const { status, body } = await post(path, input);
    expect(status).toBe(400);
    expect(body.error?.json.message).toBe("errors.invalidInput");
    expect(body.error?.json.data.zodError).toBeTruthy();
  });

  it("an unknown procedure is a 404, and nothing was written by the refused calls", async () => {
    expect((await post("users.drop", {})).status).toBe(404);
    const { status } = await post("users.create", { email: "ok@example.test", name: "Fine", role: "viewer" });
    expect(status).toBe(200);
  });
});
