import { verifyLogin } from "@taqweem/api";
import { createConnection, getDb } from "@taqweem/db";
import { afterAll, describe, expect, inject, it } from "vitest";
import { addUser, callerFor, createOrg } from "../support/fixtures";

const limits = { perAccount: 3, perIp: 5, windowMinutes: 15 };
// A second pool stands for a second web replica: limits must hold across both.
const replica = createConnection(inject("databaseUrl"), { max: 2 });
afterAll(() => replica.sql.end());

describe("sign-in checks", () => {
  it("accepts the right password, case-insensitively on the e-mail, and refuses a wrong one", async () => {
    const { org } = await createOrg();
    const user = await addUser(org.id, "editor");
    const ok = await verifyLogin(
      getDb(),
      { email: user.email.toUpperCase(), password: user.password, ip: "10.0.0.1" },
      limits,
    );
    expect(ok).toMatchObject({ ok: true, userId: user.userId, orgId: org.id });
    const bad = await verifyLogin(
      getDb(),
      { email: user.email, password: "wrong-password", ip: "10.0.0.1" },
      limits,
    );
    expect(bad).toEqual({ ok: false, reason: "invalid_credentials" });
    const unknown = await verifyLogin(
      getDb(),
      { email: "nobody@example.test", password: "x", ip: "10.0.0.1" },
      limits,
    );
    expect(unknown).toEqual({ ok: false, reason: "invalid_credentials" });
  });

  it("locks an account after repeated failures, across replicas, even for the right password", async () => {
    const { org } = await createOrg();
    const user = await addUser(org.id, "viewer");
    const ip = `10.1.${Math.floor(Math.random() * 250)}.1`;
    for (const db of [getDb(), replica.db, getDb()]) {
      expect(await verifyLogin(db, { email: user.email, password: "nope", ip }, limits)).toMatchObject({
        ok: false,
      });
    }
    expect(
      await verifyLogin(replica.db, { email: user.email, password: user.password, ip: "10.9.9.9" }, limits),
    ).toEqual({
      ok: false,
      reason: "rate_limited",
    });
  });

  it("limits one IP address trying many accounts", async () => {
    const { org } = await createOrg();
    const ip = `10.2.${Math.floor(Math.random() * 250)}.2`;
    for (let i = 0; i < limits.perIp; i += 1) {
      await verifyLogin(
        i % 2 ? replica.db : getDb(),
        { email: `guess${i}@example.test`, password: "x", ip },
        limits,
      );
    }
    const user = await addUser(org.id, "viewer");
    expect(await verifyLogin(getDb(), { email: user.email, password: user.password, ip }, limits)).toEqual({
      ok: false,
      reason: "rate_limited",
    });
    expect(
      await verifyLogin(getDb(), { email: user.email, password: user.password, ip: "10.3.3.3" }, limits),
    ).toMatchObject({
      ok: true,
    });
  });

  it("refuses a deactivated member", async () => {
    const { org, admin } = await createOrg();
    const user = await addUser(org.id, "viewer");
    await (await callerFor(admin)).users.setActive({ userId: user.userId, active: false });
    expect(
      await verifyLogin(getDb(), { email: user.email, password: user.password, ip: null }, limits),
    ).toEqual({
      ok: false,
      reason: "invalid_credentials",
    });
  });
});
