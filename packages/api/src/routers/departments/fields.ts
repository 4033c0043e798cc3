import { z } from "zod";
import { localeInput, requiredText, uuid, whatsappTarget } from "../inputs";

/** A department's fields as admins edit them (no defaults: an update changes only what it names). */
export const departmentFields = z.object({
  nameEn: requiredText(120),
  nameAr: requiredText(120),
  emails: z
    .array(
      z
        .email()
        .max(254)
        .transform((email) => email.toLowerCase()),
    )
    .max(20),
  /** Language of the shared mailboxes and WhatsApp group. */
  locale: localeInput,
  whatsapp: whatsappTarget.nullable(),
  /** Users with the department role who work in it. */
  memberIds: z.array(uuid).max(500),
});
