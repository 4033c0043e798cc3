import { categories, type Database } from "@taqweem/db";
import { parse } from "csv-parse/sync";
import { eq } from "drizzle-orm";
import { fail } from "../../../domain-error";
import { errorKeys } from "../../../errors";
import type { Actor } from "../../actor";
import type { Executor } from "../../tx";
import { insertEvent } from "../create";
import { orgTimeZone } from "../org-time-zone";
import { csvColumns } from "./columns";
import { type FieldError, readEventRow } from "./read-row";

const maxImportRows = 5000;

export interface RowError extends FieldError {
  /** Spreadsheet row number: the header is row 1, the first event row 2. */
  row: number;
}

function readTable(csv: string): string[][] {
  try {
    return parse(csv, { bom: true, trim: true, skip_empty_lines: true, relax_column_count: true });
  } catch {
    fail("invalid", errorKeys.csvMalformed);
  }
}

const headerName = (cell: string) =>
  cell
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");

async function categoryLookup(db: Executor, orgId: string) {
  const rows = await db.select().from(categories).where(eq(categories.orgId, orgId));
  return new Map(
    rows.flatMap((row) => [
      [row.nameEn.trim().toLowerCase(), row.id] as const,
      [row.nameAr.trim(), row.id] as const,
    ]),
  );
}

/**
 * Reads and validates every row of a CSV file of events. The file's own problems (not CSV, empty,
 * too long, no time or title columns) are a BAD_REQUEST; row problems are listed with row, column
 * and key. A dry run writes nothing. A real import is all-or-nothing: with any invalid row it is
 * refused and writes nothing; otherwise every row is inserted in one transaction.
 */
export async function importEventsCsv(db: Database, actor: Actor, csv: string, dryRun: boolean) {
  const [header, ...records] = readTable(csv);
  if (!header || records.length === 0) fail("invalid", errorKeys.csvEmpty);
  if (records.length > maxImportRows) fail("invalid", errorKeys.csvTooManyRows);
  const columns = header.map(headerName);
  const known = new Set<string>(csvColumns);
  const hasTitle = columns.includes("title_en") || columns.includes("title_ar");
  if (!hasTitle || !columns.includes("starts_at") || !columns.includes("ends_at"))
    fail("invalid", errorKeys.csvMissingColumns);

  const context = {
    timeZone: await orgTimeZone(db, actor.orgId),
    categories: await categoryLookup(db, actor.orgId),
  };
  const rows = records.map((record, index) => {
    const cells = new Map(columns.map((column, position) => [column, record[position] ?? ""]));
    return { row: index + 2, values: Object.fromEntries(cells), ...readEventRow(cells, context) };
  });
  const errors: RowError[] = rows.flatMap(({ row, errors }) => errors.map((error) => ({ row, ...error })));
  const report = {
    total: rows.length,
    invalid: rows.filter((row) => row.errors.length > 0).length,
    ignoredColumns: columns.filter((column) => !known.has(column)),
    rows: rows.map(({ row, values }) => ({ row, values })),
    errors,
  };
  if (dryRun) return { status: "preview" as const, created: 0, ...report };
  if (errors.length > 0) return { status: "refused" as const, created: 0, ...report };
  await db.transaction(async (tx) => {
    for (const { input } of rows) await insertEvent(tx, actor, input!, context.timeZone);
  });
  return { status: "imported" as const, created: rows.length, ...report };
}
