import { startCampaign } from "@taqweem/api";
import {
  campaigns,
  campaignTemplates,
  campaignTemplateVersions,
  contactListMembers,
  contactLists,
  contacts,
  createConnection,
  defaultWaPacing,
  organisations,
  waSessions,
} from "@taqweem/db";
import { createBoss } from "@taqweem/jobs";
import { eq } from "drizzle-orm";
import { startRawBoss } from "./lib/raw-boss";
import { type BenchResult, result, summarise } from "./lib/report";

const RECIPIENTS = 10_000;
const RUNS = 5;

/**
 * Starting a campaign of 10,000 recipients (the audience evaluated, recipients snapshotted with
 * their exclusions, the campaign running and its dispatcher queued, in one transaction) against a
 * raw pg-boss bulk insert of 10,000 jobs. Messages and their `wa.send` jobs are written later, a
 * few at a time, by the dispatcher: that is what keeps starting cheap.
 */
export async function benchCampaignStart(url: string): Promise<BenchResult[]> {
  const { db, sql: client } = createConnection(url, { max: 4 });
  const boss = createBoss("producer", url);
  boss.on("error", (error) => console.error("pg-boss:", error.message));
  await boss.start();
  const raw = await startRawBoss(url, "bench.campaign-baseline");
  const [org] = await db
    .insert(organisations)
    .values({ slug: `bench-campaign-${crypto.randomUUID().slice(0, 8)}`, nameEn: "Bench", nameAr: "قياس" })
    .returning();
  try {
    const orgId = org!.id;
    const [session] = await db
      .insert(waSessions)
      .values({ orgId, name: "Bench campaign", pacing: defaultWaPacing })
      .returning();
    const people = await db
      .insert(contacts)
      .values(
        Array.from({ length: RECIPIENTS }, (_, i) => ({
          orgId,
          nameEn: `Bench contact ${i}`,
          phone: `+97150${String(1_000_000 + i)}`,
          language: i % 3 === 0 ? ("ar" as const) : ("en" as const),
        })),
      )
      .returning({ id: contacts.id });
    const [list] = await db.insert(contactLists).values({ orgId, name: "Bench list" }).returning();
    await db
      .insert(contactListMembers)
      .values(people.map((person) => ({ listId: list!.id, contactId: person.id })));
    const [template] = await db.insert(campaignTemplates).values({ orgId, name: "Bench" }).returning();
    await db.insert(campaignTemplateVersions).values({
      templateId: template!.id,
      version: 1,
      bodyEn: "Hi {{contact.name}}",
      bodyAr: "مرحبا {{contact.name}}",
    });

    const product: number[] = [];
    const baseline: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const [campaign] = await db
        .insert(campaigns)
        .values({
          orgId,
          name: `Bench ${run}`,
          templateId: template!.id,
          sessionId: session!.id,
          audience: { listIds: [list!.id], segmentIds: [], contactIds: [], eventIds: [] },
          pacing: { dailyCap: null, quietHours: null },
        })
        .returning();
      let started = performance.now();
      const { recipients } = await startCampaign(db, boss, { orgId, userId: null }, campaign!.id);
      product.push(performance.now() - started);
      if (recipients !== RECIPIENTS) throw new Error(`snapshotted ${recipients} recipients`);

      const jobs = Array.from({ length: RECIPIENTS }, (_, i) => ({
        data: { messageId: crypto.randomUUID(), i },
      }));
      started = performance.now();
      await raw.boss.insert(raw.queue, jobs);
      baseline.push(performance.now() - started);
    }
    const value = summarise(product);
    const base = summarise(baseline);
    return [
      result({
        name: "campaign start (10,000 recipients: snapshot + enqueue)",
        unit: "ms",
        value: value.p50,
        baseline: base.p50,
        ratio: value.p50 / base.p50,
        p50: value.p50,
        p95: value.p95,
        n: value.n,
        notes: `baseline: raw boss.insert of ${RECIPIENTS} jobs (p50 of ${RUNS}); goal ≤ 2×`,
      }),
    ];
  } finally {
    await db.delete(organisations).where(eq(organisations.id, org!.id));
    await raw.boss.stop({ graceful: false });
    await boss.stop({ graceful: false });
    await client.end();
  }
}
