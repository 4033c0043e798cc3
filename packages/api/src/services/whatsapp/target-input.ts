import { isGroupJid, looksLikePhone, waRecipientTypes } from "@taqweem/db";
import { z } from "zod";
import { errorKeys } from "../../errors";
import { localeInput } from "../shared-inputs";

/**
 * A group JID, or something shaped like a phone number; the service reads the number in the
 * organisation's country and stores it as E.164 (storedTarget in phone.ts).
 */
function checkTarget(target: { type: "contact" | "group"; recipient: string }, ctx: z.RefinementCtx) {
  const valid = target.type === "group" ? isGroupJid(target.recipient) : looksLikePhone(target.recipient);
  if (!valid) ctx.addIssue({ code: "custom", path: ["recipient"], message: errorKeys.invalidInput });
}

const whatsappBase = z.object({
  type: z.enum(waRecipientTypes),
  recipient: z.string().trim().min(3).max(80),
});

/** A WhatsApp destination: a group JID or a phone number. */
export const whatsappTarget = whatsappBase.superRefine(checkTarget);

/** A WhatsApp destination with the language of what is sent there. */
export const whatsappMessageTarget = whatsappBase.extend({ locale: localeInput }).superRefine(checkTarget);
