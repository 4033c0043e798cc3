import { type CampaignConfig, registerWebJobs } from "@taqweem/api";
import {
  campaignRecipients,
  contactListMembers,
  contactLists,
  contacts,
  getDb,
  waSimulatorMessages,
} from "@taqweem/db";
import { type RunningWorker, runWorker } from "@taqweem/jobs/runtime";
import { eq } from "drizzle-orm";
import type { callerFor } from "../support/fixtures";

type Caller = Awaited<ReturnType<typeof callerFor>>;

/** Fast dispatch for tests: a tick every 100 ms, a big window when the number's pacing is off. */
export const fastCampaigns: CampaignConfig = {
  tickMs: 100,
  unpacedWindow: 5,
  startGraceSeconds: 600,
  disconnectGraceSeconds: 120,
};

/** web-jobs in this process: the campaign dispatcher (and the other web-jobs queues). */
export function startWebJobs(url: string, campaigns: CampaignConfig = fastCampaigns): Promise<RunningWorker> {
  return runWorker({
    kind: "web-jobs",
    version: "test",
    port: 0,
    databaseUrl: url,
    heartbeatMs: 1000,
    setup: (ctx) => registerWebJobs(ctx, { email: { apiKey: null, from: "t@example.test" }, campaigns }),
  });
}

/** `count` contacts on a new list (phones +97150xxxyyyy), returned with the list id. */
export async function listOfContacts(
  orgId: string,
  count: number,
  prefix: string,
  extra: Partial<typeof contacts.$inferInsert> = {},
) {
  const db = getDb();
  const rows = await db
    .insert(contacts)
    .values(
      Array.from({ length: count }, (_, i) => ({
        orgId,
        nameEn: `Contact ${prefix}-${i}`,
        nameAr: `جهة ${i}`,
        phone: `+97150${prefix}${String(i).padStart(4, "0")}`,
        language: i % 2 === 0 ? ("en" as const) : ("ar" as const),
        ...extra,
      })),
    )
    .returning({ id: contacts.id, phone: contacts.phone });
  const [list] = await db
    .insert(contactLists)
    .values({ orgId, name: `List ${prefix}` })
    .returning();
  await db.insert(contactListMembers).values(rows.map((row) => ({ listId: list!.id, contactId: row.id })));
  return { listId: list!.id, contacts: rows };
}

export async function createTemplate(caller: Caller, name = "Invitation") {
  return caller.campaigns.templates.save({
    name,
    bodyEn: "Dear {{contact.honorific}} {{contact.name}}, you are invited by {{org.name}}.",
    bodyAr: "عزيزي {{contact.name}}، يدعوك {{org.name}}.",
  });
}

export const recipientsOf = (campaignId: string) =>
  getDb().select().from(campaignRecipients).where(eq(campaignRecipients.campaignId, campaignId));

/** How many distinct messages the simulated WhatsApp server received per phone number. */
export async function receivedPerPhone(sessionId: string) {
  const rows = await getDb()
    .select()
    .from(waSimulatorMessages)
    .where(eq(waSimulatorMessages.sessionId, sessionId));
  const perPhone = new Map<string, number>();
  for (const row of rows) perPhone.set(row.recipient, (perPhone.get(row.recipient) ?? 0) + 1);
  return perPhone;
}
