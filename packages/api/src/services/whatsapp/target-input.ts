import { waRecipientTypes } from "@taqweem/db";
import { parsePhoneNumberFromString } from "libphonenumber-js";
import { z } from "zod";
import { errorKeys } from "../../errors";
import { localeInput } from "../shared-inputs";

const groupJid = /^\d[\d-]{4,60}@g\.us$/;

/** Group JIDs as they are; phone numbers (read as UAE numbers without a country code) to E.164. */
function checkTarget<T extends { type: "contact" | "group"; recipient: string }>(
  target: T,
  ctx: z.RefinementCtx,
) {
  if (target.type === "group") {
    if (groupJid.test(target.recipient)) return target;
  } else {
    const phone = parsePhoneNumberFromString(target.recipient, "AE");
    if (phone?.isValid()) return { ...target, recipient: phone.number as string };
  }
  ctx.addIssue({ code: "custom", path: ["recipient"], message: errorKeys.invalidInput });
  return z.NEVER;
}

const whatsappBase = z.object({
  type: z.enum(waRecipientTypes),
  recipient: z.string().trim().min(3).max(80),
});

/** A WhatsApp destination: a group JID or a phone number. */
export const whatsappTarget = whatsappBase.transform(checkTarget);

/** A WhatsApp destination with the language of what is sent there. */
export const whatsappMessageTarget = whatsappBase.extend({ locale: localeInput }).transform(checkTarget);
