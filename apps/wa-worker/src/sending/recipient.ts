import type { WaMessage } from "@taqweem/db";
import { parsePhoneNumberFromString } from "libphonenumber-js";
import { isGroupJid, jidFromE164 } from "../transport/jid";

export type Recipient = { ok: true; jid: string } | { ok: false; error: "invalid_phone" | "invalid_group" };

/** Numbers without a country code are read as UAE numbers. */
export const DEFAULT_REGION = "AE";

/** The JID a message goes to: contacts are normalised to E.164 first, groups must be group JIDs. */
export function recipientOf(message: Pick<WaMessage, "recipientType" | "recipient">): Recipient {
  if (message.recipientType === "group")
    return isGroupJid(message.recipient)
      ? { ok: true, jid: message.recipient }
      : { ok: false, error: "invalid_group" };
  const phone = parsePhoneNumberFromString(message.recipient, DEFAULT_REGION);
  return phone?.isValid()
    ? { ok: true, jid: jidFromE164(phone.number) }
    : { ok: false, error: "invalid_phone" };
}
