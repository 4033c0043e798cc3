import {
  type CampaignAudience,
  type CampaignExclusions,
  type ContactFilter,
  contactSegments,
  contactsMatching,
} from "@taqweem/db";
import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Tx } from "../tx";

// Ids reach SQL as one array literal each (zod has checked every one is a UUID).
const uuidArray = (ids: string[]) => sql`${`{${ids.join(",")}}`}::uuid[]`;

/** Every way the audience reaches a contact, one row per way (a contact on two lists: two rows). */
function audienceSources(orgId: string, audience: CampaignAudience, segments: ContactFilter[]): SQL[] {
  const sources: SQL[] = [];
  if (audience.contactIds.length > 0)
    sources.push(
      sql`select id as contact_id from contacts where org_id = ${orgId} and id = any(${uuidArray(audience.contactIds)})`,
    );
  if (audience.listIds.length > 0)
    sources.push(sql`select m.contact_id from contact_list_members m join contact_lists l on l.id = m.list_id
      where l.org_id = ${orgId} and l.id = any(${uuidArray(audience.listIds)})`);
  if (audience.eventIds.length > 0)
    sources.push(
      sql`select contact_id from event_contacts where org_id = ${orgId} and event_id = any(${uuidArray(audience.eventIds)})`,
    );
  for (const filter of segments)
    sources.push(sql`select id as contact_id from contacts where ${contactsMatching(orgId, filter)}`);
  return sources;
}

/**
 * Writes the campaign's recipients from its audience as it is now, in one statement: one row per
 * phone number (the first contact with it; further ways to the same number count as duplicates),
 * leaving out opted-out contacts and numbers that are not E.164. Returns how many were written and
 * how many were left out, by reason.
 */
export async function snapshotRecipients(
  tx: Tx,
  campaign: { id: string; orgId: string; audience: CampaignAudience },
): Promise<{ recipients: number; exclusions: CampaignExclusions }> {
  const segments =
    campaign.audience.segmentIds.length === 0
      ? []
      : await tx
          .select({ filter: contactSegments.filter })
          .from(contactSegments)
          .where(
            and(
              eq(contactSegments.orgId, campaign.orgId),
              inArray(contactSegments.id, campaign.audience.segmentIds),
            ),
          );
  const sources = audienceSources(
    campaign.orgId,
    campaign.audience,
    segments.map((s) => s.filter),
  );
  if (sources.length === 0)
    return { recipients: 0, exclusions: { optedOut: 0, invalidPhone: 0, duplicate: 0 } };
  const [row] = await tx.execute<{
    recipients: number;
    opted_out: number;
    invalid_phone: number;
    duplicate: number;
  }>(sql`
    with source as (${sql.join(sources, sql` union all `)}),
    reached as (
      select c.id, c.phone, c.language, c.consent,
        row_number() over (partition by c.phone order by c.id) as nth
      from source s join contacts c on c.id = s.contact_id
      where c.org_id = ${campaign.orgId} and c.deleted_at is null
    ),
    classified as (
      select *, case
        when consent = 'opted_out' then 'opted_out'
        when phone !~ '^\\+[1-9][0-9]{6,14}$' then 'invalid_phone'
      end as excluded
      from reached where nth = 1
    ),
    inserted as (
      insert into campaign_recipients (campaign_id, org_id, contact_id, phone, language)
      select ${campaign.id}, ${campaign.orgId}, id, phone, language from classified where excluded is null
      returning 1
    )
    select
      (select count(*) from inserted)::int as recipients,
      (select count(*) from classified where excluded = 'opted_out')::int as opted_out,
      (select count(*) from classified where excluded = 'invalid_phone')::int as invalid_phone,
      (select count(*) from reached where nth > 1)::int as duplicate`);
  return {
    recipients: row!.recipients,
    exclusions: { optedOut: row!.opted_out, invalidPhone: row!.invalid_phone, duplicate: row!.duplicate },
  };
}
