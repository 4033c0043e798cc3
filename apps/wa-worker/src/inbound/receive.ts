import { applyConsentReply, type ConsentWords } from "@taqweem/api/contacts-replies";
import { contacts, type Database, waInboundMessages } from "@taqweem/db";
import type { Logger } from "@taqweem/jobs/runtime";
import { and, eq, isNull } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { Tx } from "../auth/db-auth-state";
import type { InboundEvents } from "../sessions/runtime";
import type { TransportEvent } from "../transport/types";

export interface InboundDeps {
  db: Database;
  boss: PgBoss;
  log: Logger;
  words: ConsentWords;
}

type Session = { id: string; orgId: string };

async function contactOf(tx: Tx, orgId: string, phone: string) {
  const [contact] = await tx
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.orgId, orgId), eq(contacts.phone, phone), isNull(contacts.deletedAt)));
  return contact?.id ?? null;
}

/** Links a stored message to its sender's contact and lets a stop or start word take effect. */
async function actOn(
  tx: Tx,
  deps: InboundDeps,
  session: Session,
  row: { id: string; body: string },
  phone: string,
) {
  const contactId = await contactOf(tx, session.orgId, phone);
  await tx.update(waInboundMessages).set({ phone, contactId }).where(eq(waInboundMessages.id, row.id));
  if (!contactId) return null;
  return applyConsentReply(
    tx,
    deps.boss,
    { orgId: session.orgId, sessionId: session.id, contactId, inboundMessageId: row.id, text: row.body },
    deps.words,
  );
}

/**
 * Messages people send to a session's number: each is stored once (a message id seen before is
 * ignored), matched to the organisation's contact by phone, and a stop or start word changes the
 * contact's consent with a confirmation reply, all in one transaction. A message from a linked id
 * whose phone is not known yet waits, and is acted on when WhatsApp sends the mapping.
 */
export function createInboundEvents(deps: InboundDeps, session: Session): InboundEvents {
  const onMessage = async (event: Extract<TransportEvent, { type: "inbound" }>) => {
    const outcome = await deps.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(waInboundMessages)
        .values({
          orgId: session.orgId,
          sessionId: session.id,
          providerMessageId: event.messageId,
          sender: event.sender,
          body: event.text,
          receivedAt: event.at,
        })
        .onConflictDoNothing()
        .returning({ id: waInboundMessages.id, body: waInboundMessages.body });
      if (!row || !event.phone) return { stored: Boolean(row), consent: null };
      return { stored: true, consent: await actOn(tx, deps, session, row, event.phone) };
    });
    deps.log.info(
      { sessionId: session.id, messageId: event.messageId, resolved: event.phone !== null, ...outcome },
      "inbound message",
    );
  };

  const onLidMapping = async (event: Extract<TransportEvent, { type: "lid_mapping" }>) => {
    await deps.db.transaction(async (tx) => {
      const waiting = await tx
        .select({ id: waInboundMessages.id, body: waInboundMessages.body })
        .from(waInboundMessages)
        .where(
          and(
            eq(waInboundMessages.sessionId, session.id),
            eq(waInboundMessages.sender, event.lid),
            isNull(waInboundMessages.phone),
          ),
        )
        .orderBy(waInboundMessages.receivedAt)
        .for("update");
      for (const row of waiting) await actOn(tx, deps, session, row, event.phone);
    });
  };

  return { onMessage, onLidMapping };
}
