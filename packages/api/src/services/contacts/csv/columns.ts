import { foldSearchText } from "../../events/search";

/** The columns of a contacts CSV file, in export order (the English header names). */
export const contactColumns = [
  "name_en",
  "name_ar",
  "honorific",
  "organisation",
  "position",
  "phone",
  "email",
  "language",
  "tags",
  "notes",
  "consent",
] as const;
export type ContactColumn = (typeof contactColumns)[number];

/**
 * Header names each column is found by, besides its own, in English and Arabic. Headers are
 * compared folded (case, spaces, underscores, Arabic spelling variants), so "Name (EN)",
 * "name en" and "الإسم بالانجليزية" all match.
 */
const aliases: Record<ContactColumn, string[]> = {
  name_en: [
    "name",
    "english name",
    "name english",
    "name (en)",
    "الاسم بالانجليزية",
    "الاسم بالإنجليزية",
    "الاسم الانجليزي",
  ],
  name_ar: ["arabic name", "name arabic", "name (ar)", "الاسم", "الاسم بالعربية", "الاسم العربي"],
  honorific: ["title", "salutation", "اللقب"],
  organisation: ["organization", "company", "institution", "الجهة", "المؤسسة", "الشركة"],
  position: ["job title", "role", "المنصب", "الوظيفة"],
  phone: ["mobile", "phone number", "whatsapp", "الهاتف", "رقم الهاتف", "الجوال", "الموبايل", "واتساب"],
  email: ["e-mail", "email address", "البريد الالكتروني", "البريد الإلكتروني", "البريد"],
  language: ["preferred language", "lang", "اللغة", "اللغة المفضلة"],
  tags: ["labels", "الوسوم", "التصنيفات"],
  notes: ["note", "comments", "ملاحظات"],
  consent: ["whatsapp consent", "opt in", "الموافقة"],
};

const headerKey = (header: string) =>
  foldSearchText(header)
    .replace(/[\s_\-()]+/g, " ")
    .trim();

const byHeader = new Map(
  contactColumns.flatMap((column) =>
    [column, ...aliases[column]].map((name) => [headerKey(name), column] as const),
  ),
);

/** The column a header names, or null for a column the import ignores. */
export const columnOfHeader = (header: string): ContactColumn | null =>
  byHeader.get(headerKey(header)) ?? null;

/** Tags in one cell, separated by commas, semicolons or Arabic commas. */
export const splitTags = (cell: string) =>
  cell
    .split(/[,;،|]/)
    .map((tag) => tag.trim())
    .filter(Boolean);
