import type { SignalKeyStore } from "@whiskeysockets/baileys";
import { phoneFromJid } from "./jid";

/** "123456789@lid" or "123456789:3@lid" → "123456789"; null for anything that is not a linked id. */
export function lidUser(jid: string): string | null {
  return /^(\d+)(?::\d+)?@(hosted\.)?lid$/.exec(jid)?.[1] ?? null;
}

/**
 * The phone behind a sender: its own number for a phone JID, else the mapping of its linked id as
 * Baileys 7 keeps it in the session's key store ("lid-mapping": "<lid>_reverse" → phone digits),
 * which the database auth state persists. Null while the mapping is unknown.
 */
export async function phoneOfSender(keys: Pick<SignalKeyStore, "get">, jid: string): Promise<string | null> {
  const phone = phoneFromJid(jid);
  if (phone) return phone;
  const user = lidUser(jid);
  if (!user) return null;
  const reverse = `${user}_reverse`;
  const stored = await keys.get("lid-mapping", [reverse]);
  const digits = stored[reverse];
  return typeof digits === "string" && /^\d{6,15}$/.test(digits) ? `+${digits}` : null;
}

/** Records a linked id's phone the way Baileys' LIDMappingStore does, both directions. */
export async function storeLidMapping(keys: Pick<SignalKeyStore, "set">, lid: string, phone: string) {
  const user = lidUser(lid);
  const digits = phone.replace(/^\+/, "");
  if (!user) return;
  await keys.set({ "lid-mapping": { [digits]: user, [`${user}_reverse`]: digits } });
}
