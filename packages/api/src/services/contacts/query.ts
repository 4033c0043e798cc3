import {
  type ContactFilter,
  contactConsentEvents,
  contactListMembers,
  contactLists,
  contacts,
  contactsMatching,
  type Database,
  eventContacts,
  events,
  users,
  waInboundMessages,
} from "@taqweem/db";
import { and, asc, count, desc, eq, gt, or } from "drizzle-orm";
import type { Executor } from "../tx";
import type { ListContacts } from "./inputs";
import { ownContact } from "./write";

/** What the table shows of a contact. */
export const contactRow = {
  id: contacts.id,
  nameEn: contacts.nameEn,
  nameAr: contacts.nameAr,
  honorific: contacts.honorific,
  organisation: contacts.organisation,
  position: contacts.position,
  phone: contacts.phone,
  email: contacts.email,
  language: contacts.language,
  tags: contacts.tags,
  consent: contacts.consent,
  favourite: contacts.favourite,
  sortName: contacts.sortName,
};

/** One page of the filtered contacts in name order; `nextCursor` continues after its last row. */
export async function listContacts(db: Executor, orgId: string, input: ListContacts) {
  const { cursor, limit } = input;
  const rows = await db
    .select(contactRow)
    .from(contacts)
    .where(
      and(
        contactsMatching(orgId, input.filter),
        cursor
          ? or(
              gt(contacts.sortName, cursor.sortName),
              and(eq(contacts.sortName, cursor.sortName), gt(contacts.id, cursor.id)),
            )
          : undefined,
      ),
    )
    .orderBy(asc(contacts.sortName), asc(contacts.id))
    .limit(limit + 1);
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > limit && last ? { sortName: last.sortName, id: last.id } : null,
  };
}

/** How many contacts a filter (or a saved segment) selects right now. */
export async function countContacts(db: Executor, orgId: string, filter: ContactFilter) {
  const [row] = await db.select({ total: count() }).from(contacts).where(contactsMatching(orgId, filter));
  return { total: row?.total ?? 0 };
}

/** A contact with its consent history, the messages it sent, its lists and its events. */
export async function getContact(db: Database, orgId: string, id: string) {
  const contact = await ownContact(db, orgId, id);
  const [consentHistory, inbound, lists, contactEvents] = await Promise.all([
    db
      .select({
        id: contactConsentEvents.id,
        previous: contactConsentEvents.previous,
        consent: contactConsentEvents.consent,
        source: contactConsentEvents.source,
        userName: users.name,
        inboundMessageId: contactConsentEvents.inboundMessageId,
        at: contactConsentEvents.at,
      })
      .from(contactConsentEvents)
      .leftJoin(users, eq(users.id, contactConsentEvents.userId))
      .where(and(eq(contactConsentEvents.contactId, id), eq(contactConsentEvents.orgId, orgId)))
      .orderBy(desc(contactConsentEvents.at))
      .limit(100),
    db
      .select({
        id: waInboundMessages.id,
        body: waInboundMessages.body,
        sender: waInboundMessages.sender,
        receivedAt: waInboundMessages.receivedAt,
      })
      .from(waInboundMessages)
      .where(and(eq(waInboundMessages.contactId, id), eq(waInboundMessages.orgId, orgId)))
      .orderBy(desc(waInboundMessages.receivedAt))
      .limit(100),
    db
      .select({ id: contactLists.id, name: contactLists.name })
      .from(contactListMembers)
      .innerJoin(contactLists, eq(contactLists.id, contactListMembers.listId))
      .where(and(eq(contactListMembers.contactId, id), eq(contactLists.orgId, orgId)))
      .orderBy(asc(contactLists.name)),
    db
      .select({
        id: events.id,
        titleEn: events.titleEn,
        titleAr: events.titleAr,
        startsAt: events.startsAt,
        role: eventContacts.role,
      })
      .from(eventContacts)
      .innerJoin(events, eq(events.id, eventContacts.eventId))
      .where(and(eq(eventContacts.contactId, id), eq(eventContacts.orgId, orgId)))
      .orderBy(desc(events.startsAt))
      .limit(100),
  ]);
  const { search: _search, sortName: _sortName, ...fields } = contact;
  return { ...fields, consentHistory, inbound, lists, events: contactEvents };
}
