import { type ContactConsent, type Locale, normalisePhone } from "@taqweem/db";
import { type ErrorKey, errorKeys } from "../../../errors";
import { unguardFormula } from "../../events/csv/columns";
import { foldSearchText } from "../../events/search";
import { contactFields } from "../inputs";
import { type ContactColumn, splitTags } from "./columns";

export interface RowProblem {
  column: ContactColumn | null;
  key: ErrorKey;
}

const languages = new Map<string, Locale>(
  [
    ["en", "en"],
    ["english", "en"],
    ["انجليزي", "en"],
    ["الانجليزيه", "en"],
    ["انجليزيه", "en"],
    ["ar", "ar"],
    ["arabic", "ar"],
    ["عربي", "ar"],
    ["العربيه", "ar"],
    ["عربيه", "ar"],
  ].map(([name, locale]) => [foldSearchText(name!), locale as Locale]),
);

const consents = new Map<string, ContactConsent>(
  [
    ["opted_in", "opted_in"],
    ["opted in", "opted_in"],
    ["yes", "opted_in"],
    ["نعم", "opted_in"],
    ["موافق", "opted_in"],
    ["opted_out", "opted_out"],
    ["opted out", "opted_out"],
    ["no", "opted_out"],
    ["لا", "opted_out"],
    ["unknown", "unknown"],
    ["", "unknown"],
  ].map(([name, consent]) => [foldSearchText(name!), consent as ContactConsent]),
);

/** The fields of a row as the file gives them (null: the file has no such column). */
export type RowCells = Partial<Record<ContactColumn, string>>;

/** A contact read from one row, checked by the same schema as the contact form. */
export interface ReadRow {
  phone: string | null;
  consent: ContactConsent;
  fields: {
    nameEn: string | null;
    nameAr: string | null;
    honorific: string | null;
    organisation: string | null;
    position: string | null;
    email: string | null;
    language: Locale;
    tags: string[];
    notes: string | null;
  } | null;
  problems: RowProblem[];
}

const keyOf = (message: string): ErrorKey =>
  (Object.values(errorKeys) as string[]).includes(message) ? (message as ErrorKey) : errorKeys.invalidInput;

const columnOfField: Record<string, ContactColumn> = {
  nameEn: "name_en",
  nameAr: "name_ar",
  honorific: "honorific",
  organisation: "organisation",
  position: "position",
  email: "email",
  tags: "tags",
  notes: "notes",
};

/** One row: every problem found, not only the first (bad phone, unknown language, ...). */
export function readContactRow(cells: RowCells, country: string): ReadRow {
  const cell = (column: ContactColumn) => unguardFormula(cells[column] ?? "").trim();
  const problems: RowProblem[] = [];
  const phone = normalisePhone(cell("phone"), country);
  if (!phone) problems.push({ column: "phone", key: errorKeys.csvInvalidPhone });

  const languageCell = foldSearchText(cell("language"));
  let language: Locale = cell("name_en") || !cell("name_ar") ? "en" : "ar";
  if (languageCell) {
    const known = languages.get(languageCell);
    if (known) language = known;
    else problems.push({ column: "language", key: errorKeys.csvUnknownLanguage });
  }
  const consent = consents.get(foldSearchText(cell("consent")));
  if (!consent) problems.push({ column: "consent", key: errorKeys.csvInvalidConsent });

  const parsed = contactFields.safeParse({
    nameEn: cell("name_en"),
    nameAr: cell("name_ar"),
    honorific: cell("honorific"),
    organisation: cell("organisation"),
    position: cell("position"),
    phone: cell("phone") || "-",
    email: cell("email"),
    language,
    tags: splitTags(cell("tags")),
    notes: cell("notes"),
  });
  if (!parsed.success)
    for (const issue of parsed.error.issues)
      problems.push({ column: columnOfField[String(issue.path[0])] ?? null, key: keyOf(issue.message) });
  const { phone: _typed, ...fields } = parsed.success ? parsed.data : { phone: null };
  return {
    phone,
    consent: consent ?? "unknown",
    fields: parsed.success ? (fields as ReadRow["fields"]) : null,
    problems,
  };
}
