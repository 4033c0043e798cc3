import { isGroupJid, normalisePhone, type WaMessage } from "@taqweem/db";
import { jidFromE164 } from "../transport/jid";

export type Recipient = { ok: true; jid: string } | { ok: false; error: "invalid_phone" | "invalid_group" };

/**
 * The JID a message goes to: contacts are normalised to E.164 first (a number without a country
 * code is read as one of the organisation's `country`), groups must be group JIDs.
 */
export function recipientOf(
  message: Pick<WaMessage, "recipientType" | "recipient">,
  country: string,
): Recipient {
  if (message.recipientType === "group")
    return isGroupJid(message.recipient)
      ? { ok: true, jid: message.recipient }
      : { ok: false, error: "invalid_group" };
  const phone = normalisePhone(message.recipient, country);
  return phone ? { ok: true, jid: jidFromE164(phone) } : { ok: false, error: "invalid_phone" };
}
