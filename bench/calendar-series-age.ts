import { createUser, ensureOrganisation } from "@taqweem/api";
import { createConnection, type Sql } from "@taqweem/db";
import { callOverHttp, type HttpCaller } from "../tests/support/trpc-http";
import { type BenchResult, result, summarise } from "./lib/report";
import { sampleAlternately } from "./lib/sample";

// March 2025 in Asia/Dubai (UTC+4): local midnight on the 1st of each month.
const march = { from: new Date("2025-02-28T20:00:00Z"), to: new Date("2025-03-31T20:00:00Z") };

/** An organisation whose calendar holds a daily and a working-days series, both from `firstDay`. */
async function orgWithSeries(url: string, db: HttpCaller["db"], sql: Sql, label: string, firstDay: string) {
  const org = await ensureOrganisation(db, { slug: `bench-series-${label}`, name: `Bench series ${label}` });
  const { userId } = await createUser(
    db,
    {
      orgId: org.id,
      email: `bench-series-${label}@example.test`,
      name: "Bench",
      role: "viewer",
      password: "bench-password-1",
    },
    null,
  );
  // 10:00–11:00 Dubai time, never ending; the first rule is computed directly, the second by the library.
  await sql`
    insert into events (org_id, title_en, status, starts_at, ends_at, time_zone, rrule, created_by, updated_by)
    select ${org.id}, rule, 'published', ${`${firstDay}T06:00:00Z`}::timestamptz,
      ${`${firstDay}T07:00:00Z`}::timestamptz, 'Asia/Dubai', rule, ${userId}, ${userId}
    from unnest(array['FREQ=DAILY', 'FREQ=DAILY;BYDAY=SU,MO,TU,WE,TH']) as rule`;
  return { db, databaseUrl: url, identity: { userId, orgId: org.id } };
}

/**
 * A month of a daily series that began twenty years ago against the same series begun that
 * month, through tRPC end to end, sampled turn about: expansion never walks from the first
 * occurrence, so the ratio stays near 1.
 */
export async function benchSeriesAge(url: string): Promise<BenchResult[]> {
  const { db, sql } = createConnection(url, { max: 4 });
  try {
    const old = await orgWithSeries(url, db, sql, "old", "2005-03-01");
    const fresh = await orgWithSeries(url, db, sql, "fresh", "2025-03-01");
    const month = (caller: HttpCaller) => async () => {
      const answer = await callOverHttp(caller, "query", "events.range", march);
      if (answer.status !== 200) throw new Error(`events.range answered ${answer.status}`);
    };
    const [oldSamples, freshSamples] = await sampleAlternately(month(old), month(fresh));
    const [oldMonth, freshMonth] = [summarise(oldSamples), summarise(freshSamples)];
    return [
      result({
        name: "events.range, one month of series begun 20 years ago vs begun that month, p50",
        unit: "ms",
        value: oldMonth.p50,
        baseline: freshMonth.p50,
        ratio: oldMonth.p50 / freshMonth.p50,
        p50: oldMonth.p50,
        p95: oldMonth.p95,
        n: oldMonth.n,
        notes: `a daily and a working-days series (10:00 Dubai) from 1 March 2005, window March 2025; baseline: the same two series from 1 March 2025 (p50 ${freshMonth.p50.toFixed(2)} ms, p95 ${freshMonth.p95.toFixed(2)} ms)`,
      }),
    ];
  } finally {
    await sql.end();
  }
}
