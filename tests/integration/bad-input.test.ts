import { getDb } from "@taqweem/db";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { createOrg } from "../support/fixtures";
import { type BadInput, callOverHttp, expectRefused, type HttpCaller } from "../support/trpc-http";

let caller: HttpCaller;
beforeAll(async () => {
  caller = { db: getDb(), databaseUrl: inject("databaseUrl"), identity: (await createOrg()).admin };
});

// Every foundation procedure that takes input, with inputs a browser could send that must be refused.
const badInputs: BadInput[] = [
  ["mutation", "users.create", { email: "not-an-email", name: "A", role: "admin" }, "email"],
  ["mutation", "users.create", { email: "a@example.test", name: "", role: "admin" }, "name"],
  ["mutation", "users.create", { email: "a@example.test", name: "A", role: "owner" }, "role"],
  [
    "mutation",
    "users.create",
    { email: "a@example.test", name: "A", role: "viewer", password: "short" },
    "password",
  ],
  [
    "mutation",
    "users.create",
    { email: "a@example.test", name: "A", role: "viewer", locale: "fr" },
    "locale",
  ],
  ["mutation", "users.create", null],
  ["mutation", "users.setRole", { userId: "not-a-uuid", role: "viewer" }, "userId"],
  ["mutation", "users.setRole", { userId: crypto.randomUUID(), role: "superuser" }, "role"],
  ["mutation", "users.setActive", { userId: crypto.randomUUID(), active: "yes" }, "active"],
  ["mutation", "users.setActive", {}, "userId"],
  ["mutation", "me.setLocale", { locale: "de" }, "locale"],
  ["mutation", "me.setLocale", "ar"],
];

describe("bad input", () => {
  it.each(badInputs)("%s %s refuses %j with 400 and a translatable key", (...badInput) =>
    expectRefused(caller, ...badInput),
  );

  it("an unknown procedure is a 404, and good input over the same path is accepted", async () => {
    expect((await callOverHttp(caller, "mutation", "users.drop", {})).status).toBe(404);
    const created = await callOverHttp(caller, "mutation", "users.create", {
      email: "ok@example.test",
      name: "Fine",
      role: "viewer",
    });
    expect(created.status).toBe(200);
  });
});
