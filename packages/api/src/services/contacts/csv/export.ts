import { type ContactFilter, contacts, contactsMatching } from "@taqweem/db";
import { stringify } from "csv-stringify/sync";
import { asc } from "drizzle-orm";
import { guardFormula } from "../../events/csv/columns";
import type { Executor } from "../../tx";
import { contactColumns } from "./columns";

const maxExportRows = 100_000;

/**
 * The contacts a filter selects as CSV, in the columns the import reads (tags joined by "; "),
 * UTF-8 with a BOM so spreadsheet programs show Arabic; text that a spreadsheet would run as a
 * formula is guarded.
 */
export async function exportContactsCsv(db: Executor, orgId: string, filter: ContactFilter) {
  const rows = await db
    .select()
    .from(contacts)
    .where(contactsMatching(orgId, filter))
    .orderBy(asc(contacts.sortName), asc(contacts.id))
    .limit(maxExportRows);
  const lines = rows.map((row) =>
    [
      row.nameEn,
      row.nameAr,
      row.honorific,
      row.organisation,
      row.position,
      row.phone,
      row.email,
      row.language,
      row.tags.join("; "),
      row.notes,
      row.consent,
    ].map((cell) => guardFormula(cell ?? "")),
  );
  const content = `\uFEFF${stringify([[...contactColumns], ...lines])}`;
  return { filename: "contacts.csv", content, rows: lines.length };
}
