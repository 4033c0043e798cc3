import { type LoginLimits, verifyLogin } from "@taqweem/api";
import { createConnection, getDb, loginFailures } from "@taqweem/db";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, inject, it } from "vitest";
import { addUser, callerFor, createOrg } from "../support/fixtures";

const limits: LoginLimits = {
  perAccount: 3,
  perIp: 5,
  windowMinutes: 15,
  slowdown: { afterFailures: 6, baseMs: 100, maxMs: 1_000 },
};
// A second pool stands for a second web replica: limits must hold across both.
const replica = createConnection(inject("databaseUrl"), { max: 2 });
afterAll(() => replica.sql.end());

/** An address no other test uses, so earlier failures never count here. */
function freshIp() {
  const byte = () => Math.floor(Math.random() * 250) + 1;
  return `10.${byte()}.${byte()}.${byte()}`;
}

/** Records the slowdown instead of sleeping through it. */
function recordedWaits() {
  const waits: number[] = [];
  return { waits, deps: { wait: async (ms: number) => void waits.push(ms) } };
}

describe("sign-in checks", () => {
  it("accepts the right password, case-insensitively on the e-mail, and refuses a wrong one", async () => {
    const { org } = await createOrg();
    const user = await addUser(org.id, "editor");
    const ip = freshIp();
    const ok = await verifyLogin(
      getDb(),
      { email: user.email.toUpperCase(), password: user.password, ip },
      limits,
    );
    expect(ok).toMatchObject({ ok: true, userId: user.userId, orgId: org.id });
    const bad = await verifyLogin(getDb(), { email: user.email, password: "wrong-password", ip }, limits);
    expect(bad).toEqual({ ok: false, reason: "invalid_credentials" });
    const unknown = await verifyLogin(getDb(), { email: "nobody@example.test", password: "x", ip }, limits);
    expect(unknown).toEqual({ ok: false, reason: "invalid_credentials" });
  });

  it("locks an account from one address after repeated failures, across replicas, even for the right password", async () => {
    const { org } = await createOrg();
    const user = await addUser(org.id, "viewer");
    const ip = freshIp();
    for (const db of [getDb(), replica.db, getDb()]) {
      expect(await verifyLogin(db, { email: user.email, password: "nope", ip }, limits)).toMatchObject({
        ok: false,
        reason: "invalid_credentials",
      });
    }
    expect(await verifyLogin(replica.db, { email: user.email, password: user.password, ip }, limits)).toEqual(
      {
        ok: false,
        reason: "rate_limited",
      },
    );
  });

  it("counts a parallel burst of 50 wrong passwords atomically: only the limit's worth are checked", async () => {
    const { org } = await createOrg();
    const user = await addUser(org.id, "viewer");
    const ip = freshIp();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        verifyLogin(i % 2 ? replica.db : getDb(), { email: user.email, password: `guess-${i}`, ip }, limits),
      ),
    );
    const reasons = results.map((result) => (result.ok ? "ok" : result.reason));
    expect(reasons.filter((reason) => reason === "invalid_credentials")).toHaveLength(limits.perAccount);
    expect(reasons.filter((reason) => reason === "rate_limited")).toHaveLength(50 - limits.perAccount);
    const recorded = await getDb()
      .select()
      .from(loginFailures)
      .where(eq(loginFailures.key, `email:${user.email}`));
    expect(recorded).toHaveLength(limits.perAccount);
  });

  it("lets the owner in from their own address while a stranger guesses from others, only slower", async () => {
    const { org } = await createOrg();
    const user = await addUser(org.id, "editor");
    const stranger = recordedWaits();
    // The stranger spreads guesses over three addresses, up to each one's limit.
    for (const ip of [freshIp(), freshIp(), freshIp()]) {
      for (let i = 0; i < limits.perAccount; i += 1) {
        const guess = await verifyLogin(
          getDb(),
          { email: user.email, password: `guess-${i}`, ip },
          limits,
          stranger.deps,
        );
        expect(guess).toEqual({ ok: false, reason: "invalid_credentials" });
      }
      expect(
        await verifyLogin(getDb(), { email: user.email, password: "one more", ip }, limits, stranger.deps),
      ).toEqual({ ok: false, reason: "rate_limited" });
    }
    // Past the account-wide ceiling each further attempt waited longer: a delay, never a lock.
    expect(stranger.waits).toEqual([100, 200, 400]);

    const owner = recordedWaits();
    expect(
      await verifyLogin(
        getDb(),
        { email: user.email, password: user.password, ip: freshIp() },
        limits,
        owner.deps,
      ),
    ).toMatchObject({ ok: true, userId: user.userId });
    expect(owner.waits).toEqual([800]);
  });

  it("limits one address trying many accounts", async () => {
    const { org } = await createOrg();
    const ip = freshIp();
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
      await verifyLogin(getDb(), { email: user.email, password: user.password, ip: freshIp() }, limits),
    ).toMatchObject({ ok: true });
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
