import { locales, waRecipientTypes } from "@taqweem/db";
import { parsePhoneNumberFromString } from "libphonenumber-js";
import { z } from "zod";
import { errorKeys } from "../errors";

/** Input pieces shared by the departments, templates, tasks, reminders and notifications routers. */

export const uuid = z.uuid({ error: errorKeys.invalidInput });

export const idInput = z.object({ id: uuid });

/** Optional user text: blank becomes null, so a missing translation is missing, never "". */
export const optionalText = (max: number) =>
  z
    .string({ error: errorKeys.invalidInput })
    .trim()
    .max(max, { error: errorKeys.tooLong })
    .transform((value) => (value === "" ? null : value))
    .nullable();

export const requiredText = (max: number) =>
  z
    .string({ error: errorKeys.invalidInput })
    .trim()
    .min(1, { error: errorKeys.invalidInput })
    .max(max, { error: errorKeys.tooLong });

/** At least one of the two titles. */
export const hasTitle = (value: { titleEn?: string | null; titleAr?: string | null }) =>
  Boolean(value.titleEn || value.titleAr);

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

export const localeInput = z.enum(locales);

const whatsappBase = z.object({
  type: z.enum(waRecipientTypes),
  recipient: z.string().trim().min(3).max(80),
});

/** A WhatsApp destination: a group JID or a phone number. */
export const whatsappTarget = whatsappBase.transform(checkTarget);

/** A WhatsApp destination with the language of what is sent there. */
export const whatsappMessageTarget = whatsappBase.extend({ locale: localeInput }).transform(checkTarget);

/** Keyset paging for newest-first lists: the `nextCursor` of the previous page. */
export const cursorInput = z.object({ createdAt: z.date(), id: uuid }).optional();

export const limitInput = (max: number, fallback: number) => z.int().min(1).max(max).default(fallback);
