import { contacts, type Database, eventContacts, events } from "@taqweem/db";
import { and, asc, eq, isNull } from "drizzle-orm";
import { fail } from "../../domain-error";
import { errorKeys } from "../../errors";
import type { Actor } from "../actor";
import type { Executor } from "../tx";
import type { AttachEventContacts } from "./inputs";
import { contactRow } from "./query";
import { ownContactIds } from "./write";

async function ownEvent(db: Executor, orgId: string, eventId: string) {
  const [row] = await db
    .select({ id: events.id })
    .from(events)
    .where(and(eq(events.id, eventId), eq(events.orgId, orgId)));
  return row ?? fail("not_found", errorKeys.notFound);
}

/** An event's contacts (speakers, guests, ...) in name order. */
export async function listEventContacts(db: Executor, orgId: string, eventId: string) {
  await ownEvent(db, orgId, eventId);
  return db
    .select({ ...contactRow, role: eventContacts.role })
    .from(eventContacts)
    .innerJoin(contacts, eq(contacts.id, eventContacts.contactId))
    .where(
      and(eq(eventContacts.eventId, eventId), eq(eventContacts.orgId, orgId), isNull(contacts.deletedAt)),
    )
    .orderBy(asc(contacts.sortName), asc(contacts.id));
}

/** Attaches contacts of the organisation to its event; a contact already attached takes the new role. */
export async function attachEventContacts(db: Database, actor: Actor, input: AttachEventContacts) {
  return db.transaction(async (tx) => {
    await ownEvent(tx, actor.orgId, input.eventId);
    const own = await ownContactIds(tx, actor.orgId, input.contactIds);
    if (own.length === 0) return { attached: 0 };
    await tx
      .insert(eventContacts)
      .values(
        own.map((contact) => ({
          orgId: actor.orgId,
          eventId: input.eventId,
          contactId: contact.id,
          role: input.role,
        })),
      )
      .onConflictDoUpdate({
        target: [eventContacts.eventId, eventContacts.contactId],
        set: { role: input.role },
      });
    return { attached: own.length };
  });
}

export async function detachEventContact(db: Executor, actor: Actor, eventId: string, contactId: string) {
  const removed = await db
    .delete(eventContacts)
    .where(
      and(
        eq(eventContacts.eventId, eventId),
        eq(eventContacts.contactId, contactId),
        eq(eventContacts.orgId, actor.orgId),
      ),
    )
    .returning({ contactId: eventContacts.contactId });
  return removed[0] ?? fail("not_found", errorKeys.notFound);
}
