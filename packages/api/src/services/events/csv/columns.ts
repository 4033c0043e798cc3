import { trackedFields } from "../tracked";

type CsvField = Exclude<(typeof trackedFields)[number], "exdates">;

/**
 * The event fields a CSV file carries, in column order; import and export share them: every field
 * a person edits except the skipped dates of a series, which the file format leaves out.
 */
export const csvFields = trackedFields.filter((field): field is CsvField => field !== "exdates");

/** `startsAt` → `starts_at`; the category is written and read by name, in a `category` column. */
export function columnOf(field: string): string {
  return field === "categoryId"
    ? "category"
    : field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

export const csvColumns = csvFields.map(columnOf);

/** Free-text columns, which get the spreadsheet formula guard. */
export const textColumns = new Set(
  [
    "titleEn",
    "titleAr",
    "descriptionEn",
    "descriptionAr",
    "locationEn",
    "locationAr",
    "organisersEn",
    "organisersAr",
    "categoryId",
    "link",
  ].map(columnOf),
);

// A cell starting with one of these runs as a formula in spreadsheet programs (CSV injection).
const formulaStart = /^[=+\-@\t\r]/;

/** Exported text that a spreadsheet would run as a formula gets a leading apostrophe. */
export function guardFormula(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

/** The reverse on import, so an exported file imports to the same text. */
export function unguardFormula(value: string): string {
  return value.startsWith("'") && formulaStart.test(value.slice(1)) ? value.slice(1) : value;
}
