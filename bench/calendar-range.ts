import { createUser, ensureOrganisation } from "@taqweem/api";
import { createConnection, type Sql } from "@taqweem/db";
import { callOverHttp, type HttpCaller } from "../tests/support/trpc-http";
import { type BenchResult, result, summarise } from "./lib/report";
import { sample, sampleAlternately } from "./lib/sample";
import { seedEvents } from "./lib/seed-events";

const EVENTS = 100_000;
// March 2025 in Asia/Dubai (UTC+4): local midnight on the 1st of each month.
const from = new Date("2025-02-28T20:00:00Z");
const to = new Date("2025-03-31T20:00:00Z");

/**
 * The query behind `events.range` written by hand: the same window, order and limit, the columns
 * the calendar shows. `publicOnly` adds the public calendar's condition.
 */
function rawMonth(sql: Sql, orgId: string, publicOnly = false) {
  return sql`
    select id, version, status, title_en, title_ar, location_en, location_ar, category_id, all_day,
      starts_at, ends_at, time_zone, rrule, exdates
    from events
    where org_id = ${orgId}
      and tstzrange(starts_at, case when rrule is null then ends_at else recurrence_ends_at end, '[]')
        && tstzrange(${from.toISOString()}::timestamptz, ${to.toISOString()}::timestamptz, '[)')
      ${publicOnly ? sql`and status = 'published' and visibility = 'public'` : sql``}
    order by starts_at, id
    limit 5001`;
}

/** A procedure through tRPC end to end against its raw SQL, sampled turn about in one run. */
async function versusRaw(call: () => Promise<number>, raw: () => Promise<unknown[]>) {
  let occurrences = 0;
  const [trpcSamples, rawSamples] = await sampleAlternately(async () => (occurrences = await call()), raw);
  const rows = (await raw()).length;
  return { trpc: summarise(trpcSamples), baseline: summarise(rawSamples), rows, occurrences };
}

function rangeEntry(name: string, measured: Awaited<ReturnType<typeof versusRaw>>, seeding: string) {
  const { trpc, baseline, rows, occurrences } = measured;
  return result({
    name,
    unit: "ms",
    value: trpc.p50,
    baseline: baseline.p50,
    ratio: trpc.p50 / baseline.p50,
    p50: trpc.p50,
    p95: trpc.p95,
    n: trpc.n,
    notes: `${rows} rows → ${occurrences} occurrences; baseline: the same SQL by hand on postgres-js (p50 ${baseline.p50.toFixed(2)} ms, p95 ${baseline.p95.toFixed(2)} ms); ${seeding}`,
  });
}

class Rollback extends Error {}

/** The raw query again, inside a transaction that drops the span index and is then rolled back. */
async function withoutSpanIndex(sql: Sql, orgId: string): Promise<number[]> {
  let samples: number[] = [];
  await sql
    .begin(async (tx) => {
      await tx`drop index events_org_span_idx`;
      samples = await sample(() => rawMonth(tx as unknown as Sql, orgId));
      throw new Rollback();
    })
    .catch((error) => {
      if (!(error instanceof Rollback)) throw error;
    });
  return samples;
}

/**
 * The calendar's month query with 100,000 events in one organisation, signed in and on the public
 * calendar: through tRPC end to end (fetch adapter, superjson, context, expansion of recurring
 * events) against the raw SQL for the same window; and the raw SQL without the GiST span index,
 * to show what the index buys.
 */
export async function benchCalendarRange(url: string): Promise<BenchResult[]> {
  const { db, sql } = createConnection(url, { max: 4 });
  try {
    const org = await ensureOrganisation(db, { slug: "bench-calendar", name: "Bench calendar" });
    const { userId } = await createUser(
      db,
      {
        orgId: org.id,
        email: "bench-calendar@example.test",
        name: "Bench",
        role: "viewer",
        password: "bench-password-1",
      },
      null,
    );
    const seeded = performance.now();
    await seedEvents(sql, org.id, userId, EVENTS);
    const seedSeconds = (performance.now() - seeded) / 1000;
    const seeding = `seeding ${EVENTS} events took ${seedSeconds.toFixed(1)} s`;

    const caller = { db, databaseUrl: url, identity: { userId, orgId: org.id } };
    const range = async (path: string, input: object, identity: HttpCaller["identity"] = caller.identity) => {
      const answer = await callOverHttp({ ...caller, identity }, "query", path, input);
      if (answer.status !== 200) throw new Error(`${path} answered ${answer.status}`);
      return (answer.data as { occurrences: unknown[] }).occurrences.length;
    };
    const signedIn = await versusRaw(
      () => range("events.range", { from, to }),
      () => rawMonth(sql, org.id),
    );
    const anonymous = await versusRaw(
      () => range("publicCalendar.range", { org: org.slug, from, to }, null),
      () => rawMonth(sql, org.id, true),
    );
    const raw = signedIn.baseline;
    const unindexed = summarise(await withoutSpanIndex(sql, org.id));
    return [
      rangeEntry("events.range, one month of 100k events (tRPC end to end), p50", signedIn, seeding),
      rangeEntry("publicCalendar.range, one month of 100k events (tRPC end to end), p50", anonymous, seeding),
      result({
        name: "month range raw SQL without the GiST span index, p50",
        unit: "ms",
        value: unindexed.p50,
        baseline: raw.p50,
        ratio: unindexed.p50 / raw.p50,
        p50: unindexed.p50,
        p95: unindexed.p95,
        n: unindexed.n,
        notes: "events_org_span_idx dropped inside a rolled-back transaction; baseline: with the index",
      }),
    ];
  } finally {
    await sql.end();
  }
}
