import { contactConsents, contactFilterSchema, eventContactRoles } from "@taqweem/db";
import { z } from "zod";
import { errorKeys } from "../../errors";
import { id, idInput, limitInput, localeInput, optionalText, requiredText } from "../shared-inputs";

const tags = z
  .array(z.string().trim().min(1, { error: errorKeys.invalidInput }).max(100, { error: errorKeys.tooLong }))
  .max(50, { error: errorKeys.tooLong })
  .transform((values) => [...new Set(values)]);

/** A contact's fields as staff type them; `phone` is read in the organisation's country. */
const contactShape = {
  nameEn: optionalText(200),
  nameAr: optionalText(200),
  honorific: optionalText(100),
  organisation: optionalText(300),
  position: optionalText(300),
  phone: requiredText(40),
  email: z
    .string()
    .trim()
    .max(320, { error: errorKeys.tooLong })
    .transform((value) => (value === "" ? null : value.toLowerCase()))
    .pipe(z.email({ error: errorKeys.invalidInput }).nullable())
    .nullable(),
  language: localeInput,
  tags,
  notes: optionalText(5000),
};

const hasName = (value: { nameEn: string | null; nameAr: string | null }) =>
  Boolean(value.nameEn || value.nameAr);
const nameRequired = { error: errorKeys.contactNameRequired, path: ["nameEn"] };

export const contactFields = z.object(contactShape).refine(hasName, nameRequired);
export type ContactFields = z.infer<typeof contactFields>;

export const createContactInput = z
  .object({ ...contactShape, consent: z.enum(contactConsents).default("unknown") })
  .refine(hasName, nameRequired);
export type CreateContact = z.infer<typeof createContactInput>;

export const updateContactInput = z.object({ id, ...contactShape }).refine(hasName, nameRequired);
export type UpdateContact = z.infer<typeof updateContactInput>;

export const setFavouriteInput = z.object({ id, favourite: z.boolean() });
export const setConsentInput = z.object({ id, consent: z.enum(contactConsents) });
export type SetConsent = z.infer<typeof setConsentInput>;

export { idInput };

/** Where the previous page of the name-ordered table ended. */
export const contactCursor = z.object({ sortName: z.string(), id }).optional();

export const listContactsInput = z.object({
  filter: contactFilterSchema.default({}),
  cursor: contactCursor,
  limit: limitInput(200, 50),
});
export type ListContacts = z.infer<typeof listContactsInput>;

export const filterInput = z.object({ filter: contactFilterSchema.default({}) });

export const listFields = z.object({
  name: requiredText(200),
  description: optionalText(1000),
});
export const createListInput = listFields;
export const updateListInput = z.object({ id, list: listFields });
export const listMembersInput = z.object({ listId: id, contactIds: z.array(id).min(1).max(1000) });
export type ListMembers = z.infer<typeof listMembersInput>;

export const segmentFields = z.object({ name: requiredText(200), filter: contactFilterSchema });
export const createSegmentInput = segmentFields;
export const updateSegmentInput = z.object({ id, segment: segmentFields });

export const eventContactsInput = z.object({ eventId: id });
export const attachEventContactsInput = z.object({
  eventId: id,
  contactIds: z.array(id).min(1).max(1000),
  role: z.enum(eventContactRoles).default("guest"),
});
export type AttachEventContacts = z.infer<typeof attachEventContactsInput>;
export const detachEventContactInput = z.object({ eventId: id, contactId: id });

export const importModes = ["add_new", "update_existing"] as const;
export type ImportMode = (typeof importModes)[number];

export const importContactsInput = z.object({
  /** The file's text (a BOM is fine). */
  csv: z.string().max(15_000_000, { error: errorKeys.requestTooLarge }),
  mode: z.enum(importModes),
  dryRun: z.boolean(),
  /** Chosen by the browser: progress events of this import carry it. */
  importId: z.uuid(),
});
export type ImportContacts = z.infer<typeof importContactsInput>;
