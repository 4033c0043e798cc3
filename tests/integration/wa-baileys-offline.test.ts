import { getDb, waSessions } from "@taqweem/db";
import { describe, expect, inject, it } from "vitest";
import { createOrg } from "../support/fixtures";
import { forgetOtherSessions, sessionRow, startWorker, testConfig } from "./wa-harness";

const url = inject("databaseUrl");

describe("the real Baileys transport without a network", () => {
  it("connects, loses the connection, backs off, and ends in failed instead of looping", async () => {
    await forgetOtherSessions();
    const worker = await startWorker(
      url,
      testConfig({ transport: "baileys", reconnectBaseMs: 50, reconnectMaxMs: 100, reconnectMaxAttempts: 2 }),
    );
    try {
      const { org } = await createOrg("wa-offline");
      const [session] = await getDb()
        .insert(waSessions)
        .values({ orgId: org.id, name: "Offline", wanted: true })
        .returning();
      await expect
        .poll(async () => (await sessionRow(session!.id))?.status, { timeout: 20_000 })
        .toBe("failed");
      expect(await sessionRow(session!.id)).toMatchObject({
        transport: "baileys",
        lastError: "too_many_failures",
        wanted: false,
        leaseOwner: null,
      });
    } finally {
      await worker.stop();
    }
  });
});
