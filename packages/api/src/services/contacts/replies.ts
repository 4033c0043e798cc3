import { contacts, type Locale } from "@taqweem/db";
import { and, eq } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import { foldSearchText } from "../events/search";
import type { Tx } from "../tx";
import { enqueueWhatsApp } from "../whatsapp/enqueue";
import { recordConsent } from "./consent";

export type ConsentWord = "stop" | "start";

export interface ConsentWords {
  stop: string[];
  start: string[];
}

/**
 * A reply as compared with the consent words: lower case, Arabic spelling folded (hamza forms,
 * ta marbuta, alef maqsura, diacritics, tatweel), punctuation and extra spaces dropped.
 */
export function normaliseReply(text: string): string {
  return foldSearchText(text.normalize("NFKC"))
    .replace(/[\p{P}\p{S}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Whether a whole reply is one of the stop or start words ("Stop!", "إيقاف", "ايقاف ."). */
export function consentWordOf(text: string, words: ConsentWords): ConsentWord | null {
  const reply = normaliseReply(text);
  if (!reply) return null;
  if (words.stop.some((word) => normaliseReply(word) === reply)) return "stop";
  if (words.start.some((word) => normaliseReply(word) === reply)) return "start";
  return null;
}

const confirmations: Record<ConsentWord, Record<Locale, string>> = {
  stop: {
    en: "You have been unsubscribed: you will receive no more WhatsApp messages from us. Reply START to subscribe again.",
    ar: "تم إلغاء اشتراكك ولن تصلك منا رسائل واتساب بعد الآن. أرسل «اشتراك» أو START للاشتراك من جديد.",
  },
  start: {
    en: "You are subscribed again. Reply STOP at any time to unsubscribe.",
    ar: "تم تجديد اشتراكك. أرسل «إيقاف» أو STOP في أي وقت لإلغاء الاشتراك.",
  },
};

export interface ConsentReply {
  orgId: string;
  /** The number the reply came to: the confirmation goes out from it. */
  sessionId: string;
  contactId: string;
  inboundMessageId: string;
  text: string;
}

/**
 * A contact's WhatsApp reply that is a stop or start word changes their consent at once (recorded
 * as a "whatsapp_reply" from that message) and queues a confirmation in their language, from the
 * number they wrote to, in the caller's transaction. Any other reply, or one that changes nothing,
 * does nothing.
 */
export async function applyConsentReply(tx: Tx, boss: PgBoss, reply: ConsentReply, words: ConsentWords) {
  const word = consentWordOf(reply.text, words);
  if (!word) return null;
  const changed = await recordConsent(tx, {
    orgId: reply.orgId,
    contactId: reply.contactId,
    consent: word === "stop" ? "opted_out" : "opted_in",
    source: "whatsapp_reply",
    userId: null,
    inboundMessageId: reply.inboundMessageId,
  });
  if (!changed) return { word, changed, confirmationId: null };
  const [contact] = await tx
    .select({ phone: contacts.phone, language: contacts.language })
    .from(contacts)
    .where(and(eq(contacts.id, reply.contactId), eq(contacts.orgId, reply.orgId)));
  const confirmationId = await enqueueWhatsApp(tx, boss, {
    orgId: reply.orgId,
    sessionId: reply.sessionId,
    recipientType: "contact",
    recipient: contact!.phone,
    body: confirmations[word][contact!.language],
    language: contact!.language,
    purpose: "consent",
    entity: "contact",
    entityId: reply.contactId,
  });
  return { word, changed, confirmationId };
}
