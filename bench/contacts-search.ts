import { createUser, ensureOrganisation } from "@taqweem/api";
import { createConnection, type Sql, searchFoldFrom, searchFoldTo } from "@taqweem/db";
import { callOverHttp } from "../tests/support/trpc-http";
import { type BenchResult, result, summarise } from "./lib/report";
import { sampleAlternately } from "./lib/sample";
import { seedContacts } from "./lib/seed-contacts";

const CONTACTS = 100_000;
// An Arabic name spelt without its hamza (the data has "أحمد"), a family name, English, a phone fragment.
const terms = ["احمد", "المنصوري", "fatima al", "50001234", "Organisation 42"];

/** The table's first page for a search, written by hand: the same condition, order and limit. */
function rawSearch(sql: Sql, orgId: string, term: string) {
  const pattern = `%${term.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
  return sql`
    select id, name_en, name_ar, honorific, organisation, position, phone, email, language, tags,
      consent, favourite, sort_name
    from contacts
    where org_id = ${orgId} and deleted_at is null
      and search like translate(${pattern}, ${searchFoldFrom}, ${searchFoldTo})
    order by sort_name, id
    limit 51`;
}

/**
 * contacts.list with a search over 100,000 contacts of one organisation, through tRPC end to end
 * (fetch adapter, superjson, context, permission, contactsMatching with Arabic folding and the
 * phone-digit match) against the raw SQL of the same page, sampled turn about; the terms rotate.
 */
export async function benchContactsSearch(url: string): Promise<BenchResult[]> {
  const { db, sql } = createConnection(url, { max: 4 });
  try {
    const org = await ensureOrganisation(db, { slug: "bench-contacts", name: "Bench contacts" });
    const { userId } = await createUser(
      db,
      {
        orgId: org.id,
        email: "bench-contacts@example.test",
        name: "Bench",
        role: "viewer",
        password: "bench-password-1",
      },
      null,
    );
    const seeded = performance.now();
    await seedContacts(sql, org.id, CONTACTS);
    const seedSeconds = (performance.now() - seeded) / 1000;
    const caller = { db, databaseUrl: url, identity: { userId, orgId: org.id } };
    let turn = 0;
    let rawTurn = 0;
    const viaTrpc = async () => {
      const search = terms[turn++ % terms.length]!;
      const answer = await callOverHttp(caller, "query", "contacts.list", { filter: { search }, limit: 50 });
      if (answer.status !== 200) throw new Error(`contacts.list answered ${answer.status}`);
    };
    const raw = () => rawSearch(sql, org.id, terms[rawTurn++ % terms.length]!);
    const [trpcSamples, rawSamples] = await sampleAlternately(viaTrpc, raw);
    const measured = summarise(trpcSamples);
    const baseline = summarise(rawSamples);
    return [
      result({
        name: "contacts.list search over 100k contacts (tRPC end to end), p95",
        unit: "ms",
        value: measured.p95,
        baseline: baseline.p95,
        ratio: measured.p95 / baseline.p95,
        p50: measured.p50,
        p95: measured.p95,
        n: measured.n,
        notes: `terms ${terms.join(" | ")}; baseline: the same page by hand on postgres-js (p50 ${baseline.p50.toFixed(2)} ms, p95 ${baseline.p95.toFixed(2)} ms); goal ratio ≤ 3, p95 ≤ 50 ms; seeding ${CONTACTS} contacts took ${seedSeconds.toFixed(1)} s`,
      }),
    ];
  } finally {
    await sql.end();
  }
}
