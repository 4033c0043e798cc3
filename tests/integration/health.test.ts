import { checkHealth } from "@taqweem/api";
import { createConnection, getDb, workers } from "@taqweem/db";
import { freePort } from "@taqweem/db/scratch";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { GET } from "../../apps/web/src/app/api/health/route";
import { addUser, callerFor, createOrg } from "../support/fixtures";

const workerId = crypto.randomUUID();
afterAll(() => getDb().delete(workers).where(eq(workers.id, workerId)));

describe("health", () => {
  it("tells an anonymous caller only whether the app and its database are up", async () => {
    await getDb()
      .insert(workers)
      .values({ id: workerId, kind: "scraper", host: "secret-host.internal", pid: 1, version: "test" });
    const response = await GET();
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ status: "ok", db: "up" });
    expect(text).not.toContain("secret-host");
  });

  it("answers 503 without the driver's error text when the database is unreachable", async () => {
    const port = await freePort();
    const dead = createConnection(`postgres://postgres:postgres@127.0.0.1:${port}/nowhere`, { max: 1 });
    try {
      expect(await checkHealth(dead.sql, 1_000)).toEqual({ status: "unavailable", db: "down" });
    } finally {
      await dead.sql.end({ timeout: 0 });
    }
  });

  it("keeps the workers and their hosts for admins, on the System page", async () => {
    const { org, admin } = await createOrg();
    const overview = await (await callerFor(admin)).system.overview();
    expect(overview.workers.some((worker) => worker.host === "secret-host.internal")).toBe(true);
    const editor = await addUser(org.id, "editor");
    await expect((await callerFor(editor)).system.overview()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
