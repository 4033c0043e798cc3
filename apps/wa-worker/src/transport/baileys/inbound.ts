import type { LIDMapping, SignalKeyStore, WAMessage } from "@whiskeysockets/baileys";
import { phoneFromJid } from "../jid";
import { lidUser, phoneOfSender } from "../lid";
import type { TransportEvent } from "../types";

type Inbound = Extract<TransportEvent, { type: "inbound" }>;

const textOf = (message: WAMessage) =>
  message.message?.conversation ?? message.message?.extendedTextMessage?.text ?? null;

const timeOf = (message: WAMessage) => {
  const seconds = Number(message.messageTimestamp ?? 0);
  return seconds > 0 ? new Date(seconds * 1000) : new Date();
};

/**
 * A text someone sent to this number in a one-to-one chat, as an inbound event: our own messages,
 * groups, broadcasts and messages without text are left out. The sender is a phone or a linked id;
 * a linked id is resolved by the phone WhatsApp sent beside it (`remoteJidAlt`), else by the
 * mapping in the session's key store.
 */
export async function inboundFromMessage(
  message: WAMessage,
  keys: Pick<SignalKeyStore, "get">,
): Promise<Inbound | null> {
  const { key } = message;
  const text = textOf(message);
  if (key.fromMe || !key.id || !key.remoteJid || !text) return null;
  const phone = phoneFromJid(key.remoteJid);
  const lid = lidUser(key.remoteJid);
  if (!phone && !lid) return null;
  return {
    type: "inbound",
    messageId: key.id,
    sender: phone ?? `${lid}@lid`,
    phone: phone ?? phoneFromJid(key.remoteJidAlt) ?? (await phoneOfSender(keys, key.remoteJid)),
    text,
    at: timeOf(message),
  };
}

/** Baileys' `lid-mapping.update` as an event; it names the two ids in either order. */
export function lidMappingEvent(
  mapping: LIDMapping,
): Extract<TransportEvent, { type: "lid_mapping" }> | null {
  const [lid, pn] = lidUser(mapping.lid) ? [mapping.lid, mapping.pn] : [mapping.pn, mapping.lid];
  const user = lidUser(lid);
  const phone = phoneFromJid(pn);
  return user && phone ? { type: "lid_mapping", lid: `${user}@lid`, phone } : null;
}
