import {
  contactLists,
  contactSegments,
  contacts,
  type Database,
  eventContacts,
  events,
  waSessions,
} from "@taqweem/db";
import { and, asc, count, desc, eq, isNull, sql } from "drizzle-orm";
import { listCampaignTemplates, orgForTemplate } from "./templates";

/**
 * What the campaign form offers: the organisation's templates, numbers, lists, segments and the
 * events that have contacts (newest first), by name.
 */
export async function campaignOptions(db: Database, orgId: string) {
  const [templates, sessions, lists, segments, eventRows] = await Promise.all([
    listCampaignTemplates(db, orgId),
    db
      .select({
        id: waSessions.id,
        name: waSessions.name,
        phone: waSessions.phone,
        status: waSessions.status,
      })
      .from(waSessions)
      .where(eq(waSessions.orgId, orgId))
      .orderBy(asc(waSessions.name)),
    db
      .select({ id: contactLists.id, name: contactLists.name })
      .from(contactLists)
      .where(eq(contactLists.orgId, orgId))
      .orderBy(asc(contactLists.name)),
    db
      .select({ id: contactSegments.id, name: contactSegments.name })
      .from(contactSegments)
      .where(eq(contactSegments.orgId, orgId))
      .orderBy(asc(contactSegments.name)),
    db
      .select({
        id: events.id,
        titleEn: events.titleEn,
        titleAr: events.titleAr,
        startsAt: events.startsAt,
        contacts: sql<number>`(select count(*)::int from ${eventContacts} where ${eventContacts.eventId} = ${events.id})`,
      })
      .from(events)
      .where(eq(events.orgId, orgId))
      .orderBy(desc(events.startsAt))
      .limit(200),
  ]);
  const [contactCount] = await db
    .select({ n: count() })
    .from(contacts)
    .where(and(eq(contacts.orgId, orgId), isNull(contacts.deletedAt)));
  const { timeZone } = await orgForTemplate(db, orgId);
  return {
    timeZone,
    templates: templates.map(({ id, name, version }) => ({ id, name, version })),
    sessions,
    lists,
    segments,
    events: eventRows,
    contactCount: contactCount!.n,
  };
}
