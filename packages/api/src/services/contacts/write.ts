import { type Contact, contacts, type Database } from "@taqweem/db";
import { and, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import { fail } from "../../domain-error";
import { errorKeys } from "../../errors";
import type { Actor } from "../actor";
import type { Executor } from "../tx";
import { orgPhone } from "../whatsapp/phone";
import { recordConsent } from "./consent";
import type { ContactFields, CreateContact, SetConsent, UpdateContact } from "./inputs";

/** The org's contact (not deleted), or a not-found error. */
export async function ownContact(db: Executor, orgId: string, id: string): Promise<Contact> {
  const [row] = await db
    .select()
    .from(contacts)
    .where(and(eq(contacts.id, id), eq(contacts.orgId, orgId), isNull(contacts.deletedAt)));
  return row ?? fail("not_found", errorKeys.notFound);
}

/** Those of `ids` that are contacts of the organisation (not deleted): others are skipped, never trusted. */
export function ownContactIds(db: Executor, orgId: string, ids: string[]) {
  return db
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.orgId, orgId), inArray(contacts.id, ids), isNull(contacts.deletedAt)));
}

/** Refuses a phone another contact of the organisation has, naming that contact for the UI's link. */
async function refuseDuplicatePhone(db: Executor, orgId: string, phone: string, exceptId?: string) {
  const [existing] = await db
    .select({ id: contacts.id })
    .from(contacts)
    .where(
      and(
        eq(contacts.orgId, orgId),
        eq(contacts.phone, phone),
        isNull(contacts.deletedAt),
        exceptId ? ne(contacts.id, exceptId) : undefined,
      ),
    );
  if (existing) fail("conflict", errorKeys.contactPhoneExists, { contactId: existing.id });
}

async function storedFields(db: Executor, orgId: string, fields: ContactFields, exceptId?: string) {
  const phone = await orgPhone(db, orgId, fields.phone, errorKeys.waInvalidPhone);
  await refuseDuplicatePhone(db, orgId, phone, exceptId);
  return { ...fields, phone };
}

export async function createContact(db: Database, actor: Actor, input: CreateContact) {
  const { consent, ...contact } = input;
  return db.transaction(async (tx) => {
    const fields = await storedFields(tx, actor.orgId, contact);
    const [row] = await tx
      .insert(contacts)
      .values({ ...fields, orgId: actor.orgId, createdBy: actor.userId })
      .returning({ id: contacts.id });
    if (consent !== "unknown")
      await recordConsent(tx, {
        orgId: actor.orgId,
        contactId: row!.id,
        consent,
        source: "manual",
        userId: actor.userId,
      });
    return { id: row!.id };
  });
}

export async function updateContact(db: Database, actor: Actor, input: UpdateContact) {
  const { id, ...contact } = input;
  return db.transaction(async (tx) => {
    await ownContact(tx, actor.orgId, id);
    const fields = await storedFields(tx, actor.orgId, contact, id);
    await tx
      .update(contacts)
      .set({ ...fields, updatedAt: sql`now()` })
      .where(and(eq(contacts.id, id), eq(contacts.orgId, actor.orgId)));
    return { id };
  });
}

export async function setFavourite(db: Executor, actor: Actor, id: string, favourite: boolean) {
  await ownContact(db, actor.orgId, id);
  await db
    .update(contacts)
    .set({ favourite })
    .where(and(eq(contacts.id, id), eq(contacts.orgId, actor.orgId)));
  return { id, favourite };
}

/** Staff record a consent they were given (or a withdrawal): who and when go into the history. */
export async function setConsent(db: Database, actor: Actor, input: SetConsent) {
  return db.transaction(async (tx) => {
    await ownContact(tx, actor.orgId, input.id);
    const changed = await recordConsent(tx, {
      orgId: actor.orgId,
      contactId: input.id,
      consent: input.consent,
      source: "manual",
      userId: actor.userId,
    });
    return { id: input.id, changed };
  });
}

/** Deletes softly: campaign recipients and consent history keep pointing at the row, the phone is free again. */
export async function removeContact(db: Executor, actor: Actor, id: string) {
  await ownContact(db, actor.orgId, id);
  await db
    .update(contacts)
    .set({ deletedAt: sql`now()`, updatedAt: sql`now()` })
    .where(and(eq(contacts.id, id), eq(contacts.orgId, actor.orgId)));
  return { id };
}
