import { createUser, ensureOrganisation } from "@taqweem/api";
import { createConnection } from "@taqweem/db";
import { stringify } from "csv-stringify/sync";
import { callOverHttp } from "../tests/support/trpc-http";
import { type BenchResult, result, summarise } from "./lib/report";
import { contactRowOf } from "./lib/seed-contacts";

const ROWS = 10_000;
const RUNS = 3;

/**
 * A CSV import of 10,000 contacts through tRPC end to end, the dry run and then the import (parse,
 * phone validation, duplicate checks, one transaction, progress events), against one plain
 * multi-row INSERT of the same rows; each run into a new organisation.
 */
export async function benchContactsImport(url: string): Promise<BenchResult[]> {
  const { db, sql } = createConnection(url, { max: 4 });
  try {
    const rows = Array.from({ length: ROWS }, (_, i) => contactRowOf(i));
    const header = ["name_en", "name_ar", "organisation", "phone", "email", "language", "tags"];
    const csv = `\uFEFF${stringify([header, ...rows.map((row) => [...Object.values(row).slice(0, 6), row.tags.join(";")])])}`;
    const freshOrg = async (run: string) => {
      const org = await ensureOrganisation(db, { slug: `bench-import-${run}`, name: `Bench import ${run}` });
      const { userId } = await createUser(
        db,
        {
          orgId: org.id,
          email: `bench-import-${run}@example.test`,
          name: "Bench",
          role: "editor",
          password: "bench-password-1",
        },
        null,
      );
      return { db, databaseUrl: url, identity: { userId, orgId: org.id } };
    };
    const importing: number[] = [];
    const dryRuns: number[] = [];
    const plain: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const caller = await freshOrg(`trpc-${run}`);
      const importId = crypto.randomUUID();
      let started = performance.now();
      const preview = await callOverHttp(caller, "mutation", "contacts.import", {
        csv,
        mode: "add_new",
        dryRun: true,
        importId,
      });
      dryRuns.push(performance.now() - started);
      const written = await callOverHttp(caller, "mutation", "contacts.import", {
        csv,
        mode: "add_new",
        dryRun: false,
        importId,
      });
      importing.push(performance.now() - started);
      if (preview.status !== 200 || (written.data as { written?: number })?.written !== ROWS)
        throw new Error(`contacts.import answered ${written.status}`);

      const { identity } = await freshOrg(`plain-${run}`);
      started = performance.now();
      const plainRows = rows.map((row) => ({ org_id: identity.orgId, ...row }));
      // Postgres takes at most 65,535 parameters a statement: two statements of 5,000 rows.
      await sql.begin(async (tx) => {
        for (let at = 0; at < ROWS; at += 5000)
          await tx`insert into contacts ${sql(plainRows.slice(at, at + 5000))}`;
      });
      plain.push(performance.now() - started);
    }
    const measured = summarise(importing);
    const dry = summarise(dryRuns);
    const baseline = summarise(plain);
    return [
      result({
        name: "contacts CSV dry run + import of 10k rows (tRPC end to end), p50",
        unit: "ms",
        value: measured.p50,
        baseline: baseline.p50,
        ratio: measured.p50 / baseline.p50,
        p50: measured.p50,
        p95: measured.p95,
        n: measured.n,
        notes: `dry run alone p50 ${dry.p50.toFixed(0)} ms; baseline: multi-row INSERTs (5,000 rows each, one transaction) of the same ${ROWS} rows on postgres-js (p50 ${baseline.p50.toFixed(0)} ms)`,
      }),
    ];
  } finally {
    await sql.end();
  }
}
