import { migrateDatabase } from "@taqweem/db";
import { dropDatabase, ensureDatabase } from "@taqweem/db/databases";
import { allQueues, installQueues } from "@taqweem/jobs";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const adminUrl = inject("adminUrl");
const database = `taqweem_migrate_${Date.now()}`;
const url = Object.assign(new URL(adminUrl), { pathname: `/${database}` }).toString();

describe("migrations on an empty database", () => {
  beforeAll(() => ensureDatabase(adminUrl, database));
  afterAll(() => dropDatabase(adminUrl, database));

  it("creates every table, then the pg-boss schema and queues, and a second run changes nothing", async () => {
    await migrateDatabase(url);
    await installQueues(url);
    await migrateDatabase(url);
    await installQueues(url);

    const sql = postgres(url, { max: 1, onnotice: () => {} });
    try {
      const tables = await sql<{ table_name: string }[]>`
        select table_name from information_schema.tables where table_schema = 'public' order by table_name`;
      const names = tables.map((row) => row.table_name);
      expect(names).toEqual(
        expect.arrayContaining([
          "audit_log",
          "login_failures",
          "memberships",
          "organisations",
          "users",
          "workers",
        ]),
      );
      // pg-boss lives in its own schema; drizzle's migrations never put its tables in public.
      expect(names).not.toContain("job");
      const [applied] = await sql`select count(*)::int as n from drizzle.__drizzle_migrations`;
      expect(applied!.n).toBeGreaterThan(0);

      const queues = await sql<
        { name: string; dead_letter: string | null }[]
      >`select name, dead_letter from pgboss.queue`;
      const byName = new Map(queues.map((queue) => [queue.name, queue]));
      for (const queue of allQueues) {
        expect(byName.get(queue.name)?.dead_letter).toBe(queue.deadLetter);
        expect(byName.has(queue.deadLetter)).toBe(true);
      }
    } finally {
      await sql.end();
    }
  });
});
