import { type ConsentSource, type ContactConsent, contactConsentEvents, contacts } from "@taqweem/db";
import { and, eq, isNull, ne, sql } from "drizzle-orm";
import type { Executor } from "../tx";

export interface ConsentChange {
  orgId: string;
  contactId: string;
  consent: ContactConsent;
  source: ConsentSource;
  /** Null when the contact did it themselves (a WhatsApp reply). */
  userId: string | null;
  inboundMessageId?: string | null;
}

/**
 * Sets a contact's consent and records who, how and when in its history, in the caller's
 * transaction. Nothing happens (false) when the consent already is `consent`.
 */
export async function recordConsent(tx: Executor, change: ConsentChange): Promise<boolean> {
  const [before] = await tx
    .select({ consent: contacts.consent })
    .from(contacts)
    .where(and(eq(contacts.id, change.contactId), eq(contacts.orgId, change.orgId)))
    .for("update");
  if (!before || before.consent === change.consent) return false;
  await tx
    .update(contacts)
    .set({
      consent: change.consent,
      consentAt: sql`now()`,
      consentSource: change.source,
      consentBy: change.userId,
      updatedAt: sql`now()`,
    })
    .where(
      and(
        eq(contacts.id, change.contactId),
        ne(contacts.consent, change.consent),
        isNull(contacts.deletedAt),
      ),
    );
  await tx.insert(contactConsentEvents).values({
    orgId: change.orgId,
    contactId: change.contactId,
    previous: before.consent,
    consent: change.consent,
    source: change.source,
    userId: change.userId,
    inboundMessageId: change.inboundMessageId ?? null,
  });
  return true;
}
