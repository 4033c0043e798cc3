import {
  getDb,
  waAuthState,
  waCredentialsKey,
  waHasCredentials,
  waLeaseFree,
  waLeaseHeldBy,
  waLeaseRunning,
  waSessions,
} from "@taqweem/db";
import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createOrg } from "../support/fixtures";

describe("the session predicates the API and the WhatsApp worker share", () => {
  it("tell free, running and own leases apart by the database clock, and see stored credentials", async () => {
    const db = getDb();
    const { org } = await createOrg("wa-state");
    const owner = crypto.randomUUID();
    const other = crypto.randomUUID();
    const lease = (workerId: string | null, expires: SQL | null) => ({
      orgId: org.id,
      name: "Desk",
      leaseOwner: workerId,
      leaseExpiresAt: expires,
    });
    const rows = await db
      .insert(waSessions)
      .values([
        { ...lease(null, null), name: "never leased" },
        { ...lease(owner, sql`now() - interval '1 second'`), name: "lease ran out" },
        { ...lease(owner, sql`now() + interval '1 minute'`), name: "held here" },
        { ...lease(other, sql`now() + interval '1 minute'`), name: "held elsewhere" },
      ])
      .returning({ id: waSessions.id, name: waSessions.name });
    const idOf = (name: string) => rows.find((row) => row.name === name)!.id;
    await db.insert(waAuthState).values([
      { sessionId: idOf("held here"), ...waCredentialsKey, value: "sealed" },
      // Signal keys alone are not a link.
      { sessionId: idOf("never leased"), type: "pre-key", keyId: "1", value: "sealed" },
    ]);

    const names = async (where: SQL) =>
      (
        await db
          .select({ name: waSessions.name })
          .from(waSessions)
          .where(
            and(
              inArray(
                waSessions.id,
                rows.map((row) => row.id),
              ),
              where,
            ),
          )
      )
        .map((row) => row.name)
        .sort();

    expect(await names(waLeaseFree)).toEqual(["lease ran out", "never leased"]);
    expect(await names(waLeaseRunning)).toEqual(["held elsewhere", "held here"]);
    expect(await names(waLeaseHeldBy(owner))).toEqual(["held here"]);
    expect(await names(waHasCredentials)).toEqual(["held here"]);
    expect(await names(and(eq(waSessions.orgId, org.id), waLeaseFree, waHasCredentials)!)).toEqual([]);
  });
});
