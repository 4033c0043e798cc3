import { campaignRecipients, campaigns, contacts, type Database } from "@taqweem/db";
import { stringify } from "csv-stringify/sync";
import { and, asc, eq, gt, sql } from "drizzle-orm";
import { fail } from "../../domain-error";
import { errorKeys } from "../../errors";
import { guardFormula } from "../events/csv/columns";
import type { RecipientsFilter } from "./inputs";
import { orgForTemplate } from "./templates";

const columns = {
  id: campaignRecipients.id,
  contactId: campaignRecipients.contactId,
  name: sql<string | null>`coalesce(${contacts.nameEn}, ${contacts.nameAr})`,
  nameAr: contacts.nameAr,
  phone: campaignRecipients.phone,
  language: campaignRecipients.language,
  status: campaignRecipients.status,
  error: campaignRecipients.error,
  attempt: campaignRecipients.attempt,
  history: campaignRecipients.history,
  sentAt: campaignRecipients.sentAt,
  deliveredAt: campaignRecipients.deliveredAt,
  readAt: campaignRecipients.readAt,
  finishedAt: campaignRecipients.finishedAt,
};

async function assertCampaign(db: Database, orgId: string, campaignId: string) {
  const [row] = await db
    .select({ name: campaigns.name })
    .from(campaigns)
    .where(and(eq(campaigns.id, campaignId), eq(campaigns.orgId, orgId)));
  return row ?? fail("not_found", errorKeys.notFound);
}

function recipientsQuery(db: Database, filter: Omit<RecipientsFilter, "limit">) {
  return db
    .select(columns)
    .from(campaignRecipients)
    .leftJoin(contacts, eq(contacts.id, campaignRecipients.contactId))
    .where(
      and(
        eq(campaignRecipients.campaignId, filter.campaignId),
        filter.status ? eq(campaignRecipients.status, filter.status) : undefined,
        filter.language ? eq(campaignRecipients.language, filter.language) : undefined,
        filter.cursor ? gt(campaignRecipients.phone, filter.cursor) : undefined,
      ),
    )
    .orderBy(asc(campaignRecipients.phone));
}

/** A page of a campaign's recipients with their results, in phone order; page on with `nextAfter`. */
export async function listRecipients(db: Database, orgId: string, filter: RecipientsFilter) {
  await assertCampaign(db, orgId, filter.campaignId);
  const rows = await recipientsQuery(db, filter).limit(filter.limit + 1);
  const items = rows.slice(0, filter.limit);
  return { items, nextCursor: rows.length > filter.limit ? items.at(-1)!.phone : null };
}

const iso = (date: Date | null, timeZone: string) =>
  date
    ? new Intl.DateTimeFormat("sv-SE", { timeZone, dateStyle: "short", timeStyle: "medium" }).format(date)
    : "";

/**
 * Every recipient's result as CSV (UTF-8 with a BOM, times in the organisation's zone), with the
 * same filters as the table.
 */
export async function exportRecipientsCsv(
  db: Database,
  orgId: string,
  filter: Omit<RecipientsFilter, "limit" | "cursor">,
) {
  const campaign = await assertCampaign(db, orgId, filter.campaignId);
  const { timeZone } = await orgForTemplate(db, orgId);
  const rows = await recipientsQuery(db, filter);
  const lines = rows.map((row) => [
    guardFormula(row.name ?? ""),
    row.phone,
    row.language,
    row.status,
    row.error ?? "",
    String(row.attempt),
    iso(row.sentAt, timeZone),
    iso(row.deliveredAt, timeZone),
    iso(row.readAt, timeZone),
  ]);
  const header = [
    "name",
    "phone",
    "language",
    "status",
    "reason",
    "attempt",
    "sent_at",
    "delivered_at",
    "read_at",
  ];
  const slug = campaign.name.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "campaign";
  return {
    filename: `${slug}-recipients.csv`,
    content: `\uFEFF${stringify([header, ...lines])}`,
    rows: lines.length,
  };
}
