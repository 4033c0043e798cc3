import { createConnection } from "@taqweem/db";

/** The scraper's database role, created NOLOGIN by migration 0013 with grants on its own tables. */
export const SCRAPER_ROLE = "taqweem_scraper";

/**
 * Completes the scraper role once the pgboss schema exists (run after installQueues): what a
 * pg-boss worker needs of that schema, and LOGIN with the password when one is configured (the
 * role is left as it is when none is: it stays NOLOGIN). Idempotent; needs a superuser or the
 * role's admin.
 */
export async function provisionScraperRole(url: string, password?: string): Promise<void> {
  const { sql } = createConnection(url, { max: 1, appName: "taqweem-migrator" });
  try {
    await sql.begin(async (tx) => {
      await tx.unsafe(`grant usage on schema pgboss to ${SCRAPER_ROLE}`);
      await tx.unsafe(
        `grant select, insert, update, delete on all tables in schema pgboss to ${SCRAPER_ROLE}`,
      );
      await tx.unsafe(`grant usage, select on all sequences in schema pgboss to ${SCRAPER_ROLE}`);
      await tx.unsafe(`grant execute on all functions in schema pgboss to ${SCRAPER_ROLE}`);
      // Queue partitions created later (by this same migrating role) are covered as they come.
      await tx.unsafe(
        `alter default privileges in schema pgboss grant select, insert, update, delete on tables to ${SCRAPER_ROLE}`,
      );
      if (password) {
        const literal = (await tx`select quote_literal(${password}) as literal`)[0]?.literal as string;
        await tx.unsafe(`alter role ${SCRAPER_ROLE} login password ${literal}`);
      }
    });
  } finally {
    await sql.end({ timeout: 5 });
  }
}
