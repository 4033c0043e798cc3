import { contactListMembers, contactLists, contacts, type Database } from "@taqweem/db";
import { and, asc, count, eq, inArray, isNull } from "drizzle-orm";
import { fail } from "../../domain-error";
import { errorKeys } from "../../errors";
import type { Actor } from "../actor";
import type { Executor } from "../tx";
import type { ListMembers } from "./inputs";
import { refusingTakenName } from "./unique-name";
import { ownContactIds } from "./write";

const takenName = <T>(write: () => Promise<T>) =>
  refusingTakenName("contact_lists_org_name_key", errorKeys.contactListExists, write);

type ListFields = { name: string; description: string | null };

/** The organisation's lists with how many (not deleted) contacts each has. */
export async function listLists(db: Executor, orgId: string) {
  return db
    .select({
      id: contactLists.id,
      name: contactLists.name,
      description: contactLists.description,
      members: count(contacts.id),
    })
    .from(contactLists)
    .leftJoin(contactListMembers, eq(contactListMembers.listId, contactLists.id))
    .leftJoin(contacts, and(eq(contacts.id, contactListMembers.contactId), isNull(contacts.deletedAt)))
    .where(eq(contactLists.orgId, orgId))
    .groupBy(contactLists.id)
    .orderBy(asc(contactLists.name));
}

async function ownList(db: Executor, orgId: string, id: string) {
  const [row] = await db
    .select({ id: contactLists.id })
    .from(contactLists)
    .where(and(eq(contactLists.id, id), eq(contactLists.orgId, orgId)));
  return row ?? fail("not_found", errorKeys.notFound);
}

export function createList(db: Executor, actor: Actor, fields: ListFields) {
  return takenName(async () => {
    const [row] = await db
      .insert(contactLists)
      .values({ ...fields, orgId: actor.orgId, createdBy: actor.userId })
      .returning({ id: contactLists.id });
    return { id: row!.id };
  });
}

export async function updateList(db: Executor, actor: Actor, id: string, fields: ListFields) {
  await ownList(db, actor.orgId, id);
  return takenName(async () => {
    await db
      .update(contactLists)
      .set(fields)
      .where(and(eq(contactLists.id, id), eq(contactLists.orgId, actor.orgId)));
    return { id };
  });
}

export async function removeList(db: Executor, actor: Actor, id: string) {
  await ownList(db, actor.orgId, id);
  await db.delete(contactLists).where(and(eq(contactLists.id, id), eq(contactLists.orgId, actor.orgId)));
  return { id };
}

/** Adds contacts of the organisation to a list; ones already in it, or not the org's, are skipped. */
export async function addMembers(db: Database, actor: Actor, input: ListMembers) {
  return db.transaction(async (tx) => {
    await ownList(tx, actor.orgId, input.listId);
    const own = await ownContactIds(tx, actor.orgId, input.contactIds);
    if (own.length === 0) return { added: 0 };
    const added = await tx
      .insert(contactListMembers)
      .values(own.map((contact) => ({ listId: input.listId, contactId: contact.id })))
      .onConflictDoNothing()
      .returning({ contactId: contactListMembers.contactId });
    return { added: added.length };
  });
}

export async function removeMembers(db: Executor, actor: Actor, input: ListMembers) {
  await ownList(db, actor.orgId, input.listId);
  const removed = await db
    .delete(contactListMembers)
    .where(
      and(
        eq(contactListMembers.listId, input.listId),
        inArray(contactListMembers.contactId, input.contactIds),
      ),
    )
    .returning({ contactId: contactListMembers.contactId });
  return { removed: removed.length };
}
