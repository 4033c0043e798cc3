import { contactConsentEvents, contacts, type Database } from "@taqweem/db";
import { publishEventInTx } from "@taqweem/jobs";
import { parse } from "csv-parse/sync";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { fail } from "../../../domain-error";
import { errorKeys } from "../../../errors";
import type { Actor } from "../../actor";
import type { Tx } from "../../tx";
import { orgCountry } from "../../whatsapp/phone";
import { recordConsent } from "../consent";
import type { ImportContacts } from "../inputs";
import { type ContactColumn, columnOfHeader } from "./columns";
import { type ReadRow, type RowCells, type RowProblem, readContactRow } from "./read-row";

const maxImportRows = 20_000;
const chunkSize = 1000;
const previewRows = 50;

type Existing = { id: string; phone: string; consent: "opted_in" | "opted_out" | "unknown"; tags: string[] };

export interface ImportRow extends ReadRow {
  /** Spreadsheet row number: the header is row 1. */
  row: number;
  cells: RowCells;
  existing: Existing | null;
}

function readTable(csv: string): string[][] {
  try {
    return parse(csv, { bom: true, trim: true, skip_empty_lines: true, relax_column_count: true });
  } catch {
    fail("invalid", errorKeys.csvMalformed);
  }
}

/** Contacts of the organisation with these phones, by phone. */
async function existingByPhone(db: Database | Tx, orgId: string, phones: string[]) {
  const found = new Map<string, Existing>();
  for (let start = 0; start < phones.length; start += 5000) {
    const rows = await db
      .select({ id: contacts.id, phone: contacts.phone, consent: contacts.consent, tags: contacts.tags })
      .from(contacts)
      .where(
        and(
          eq(contacts.orgId, orgId),
          isNull(contacts.deletedAt),
          inArray(contacts.phone, phones.slice(start, start + 5000)),
        ),
      );
    for (const row of rows) found.set(row.phone, row);
  }
  return found;
}

/** Reads and checks every row: its own problems, then duplicates within the file and in the database. */
async function checkRows(db: Database, orgId: string, csv: string, mode: ImportContacts["mode"]) {
  const [header, ...records] = readTable(csv);
  if (!header || records.length === 0) fail("invalid", errorKeys.csvEmpty);
  if (records.length > maxImportRows) fail("invalid", errorKeys.csvTooManyRows);
  const columns = header.map(columnOfHeader);
  if (!columns.includes("phone")) fail("invalid", errorKeys.csvMissingPhoneColumn);
  if (!columns.includes("name_en") && !columns.includes("name_ar"))
    fail("invalid", errorKeys.csvMissingColumns);

  const country = await orgCountry(db, orgId);
  const firstRowOf = new Map<string, number>();
  const rows = records.map((record, index): Omit<ImportRow, "existing"> => {
    const cells: RowCells = {};
    columns.forEach((column, position) => {
      if (column && cells[column] === undefined) cells[column] = record[position] ?? "";
    });
    const row = { row: index + 2, cells, ...readContactRow(cells, country) };
    if (row.phone) {
      if (firstRowOf.has(row.phone))
        row.problems.push({ column: "phone", key: errorKeys.csvDuplicateInFile });
      else firstRowOf.set(row.phone, row.row);
    }
    return row;
  });
  const existing = await existingByPhone(db, orgId, [...firstRowOf.keys()]);
  return {
    columns: [...new Set(columns.filter((column): column is ContactColumn => column !== null))],
    ignoredColumns: header.filter((_, position) => columns[position] === null),
    rows: rows.map((row): ImportRow => {
      const match = row.phone ? (existing.get(row.phone) ?? null) : null;
      if (match && mode === "add_new")
        row.problems.push({ column: "phone", key: errorKeys.csvDuplicateInDatabase });
      return { ...row, existing: match };
    }),
  };
}

/** Fields of an existing contact that the file sets: columns it has, cells that are not blank. */
function updatedFields(row: ImportRow, columns: ContactColumn[]) {
  const fields = row.fields!;
  const given = (column: ContactColumn) =>
    columns.includes(column) && (row.cells[column] ?? "").trim() !== "";
  return {
    ...(given("name_en") && { nameEn: fields.nameEn }),
    ...(given("name_ar") && { nameAr: fields.nameAr }),
    ...(given("honorific") && { honorific: fields.honorific }),
    ...(given("organisation") && { organisation: fields.organisation }),
    ...(given("position") && { position: fields.position }),
    ...(given("email") && { email: fields.email }),
    ...(given("language") && { language: fields.language }),
    ...(given("notes") && { notes: fields.notes }),
    ...(given("tags") && { tags: [...new Set([...row.existing!.tags, ...fields.tags])] }),
  };
}

/**
 * Imports a CSV file of contacts. The file's own problems (not CSV, empty, no phone or name
 * column, too long) are a BAD_REQUEST; every row's problems are listed. A dry run writes nothing;
 * a real import with any problem is refused and writes nothing; otherwise every row is written in
 * one transaction. "add_new" refuses phones already in the database; "update_existing" updates
 * them (cells left blank keep their value). A contact who opted out stays opted out whatever the
 * file says. Progress goes to the importing user over the event stream.
 */
export async function importContactsCsv(db: Database, actor: Actor, input: ImportContacts) {
  // Published outside the import's transaction, so the browser hears of each chunk as it is written.
  const progress = (done: number, total: number) =>
    publishEventInTx(db, {
      type: "contacts.import",
      orgId: actor.orgId,
      userId: actor.userId,
      importId: input.importId,
      done,
      total,
    });
  const { rows, columns, ignoredColumns } = await checkRows(db, actor.orgId, input.csv, input.mode);
  const problems = rows.flatMap((row) =>
    row.problems.map((problem: RowProblem) => ({ row: row.row, ...problem })),
  );
  const keptOptedOut = rows.filter(
    (row) => row.existing?.consent === "opted_out" && row.consent === "opted_in",
  );
  const report = {
    total: rows.length,
    toAdd: rows.filter((row) => !row.existing).length,
    toUpdate: rows.filter((row) => row.existing).length,
    invalid: rows.filter((row) => row.problems.length > 0).length,
    keptOptedOut: keptOptedOut.map((row) => row.row),
    columns,
    ignoredColumns,
    problems,
    sample: rows.slice(0, previewRows).map((row) => ({
      row: row.row,
      phone: row.phone,
      nameEn: row.fields?.nameEn ?? row.cells.name_en ?? null,
      nameAr: row.fields?.nameAr ?? row.cells.name_ar ?? null,
      language: row.fields?.language ?? null,
      consent: row.consent,
      action:
        row.problems.length > 0
          ? ("invalid" as const)
          : row.existing
            ? ("update" as const)
            : ("add" as const),
    })),
  };
  if (input.dryRun) return { status: "preview" as const, written: 0, ...report };
  if (problems.length > 0) return { status: "refused" as const, written: 0, ...report };

  await progress(0, rows.length);
  await db.transaction(async (tx) => {
    for (let start = 0; start < rows.length; start += chunkSize) {
      const chunk = rows.slice(start, start + chunkSize);
      await writeChunk(tx, actor, chunk, columns);
      await progress(Math.min(start + chunkSize, rows.length), rows.length);
    }
  });
  return { status: "imported" as const, written: rows.length, ...report };
}

async function writeChunk(tx: Tx, actor: Actor, chunk: ImportRow[], columns: ContactColumn[]) {
  const added = chunk.filter((row) => !row.existing);
  if (added.length > 0) {
    const inserted = await tx
      .insert(contacts)
      .values(
        added.map((row) => ({
          ...row.fields!,
          orgId: actor.orgId,
          phone: row.phone!,
          consent: row.consent,
          ...(row.consent !== "unknown" && {
            consentAt: sql`now()`,
            consentSource: "import" as const,
            consentBy: actor.userId,
          }),
          createdBy: actor.userId,
        })),
      )
      .returning({ id: contacts.id, consent: contacts.consent });
    const consented = inserted.filter((row) => row.consent !== "unknown");
    if (consented.length > 0)
      await tx.insert(contactConsentEvents).values(
        consented.map((row) => ({
          orgId: actor.orgId,
          contactId: row.id,
          previous: null,
          consent: row.consent,
          source: "import" as const,
          userId: actor.userId,
        })),
      );
  }
  for (const row of chunk.filter((candidate) => candidate.existing)) {
    const existing = row.existing!;
    const fields = updatedFields(row, columns);
    if (Object.keys(fields).length > 0)
      await tx
        .update(contacts)
        .set({ ...fields, updatedAt: sql`now()` })
        .where(and(eq(contacts.id, existing.id), eq(contacts.orgId, actor.orgId)));
    // Never re-subscribes: an opted-out contact changes its mind only by itself (START) or with staff.
    const resubscribes = existing.consent === "opted_out" && row.consent !== "opted_out";
    if (columns.includes("consent") && row.consent !== "unknown" && !resubscribes)
      await recordConsent(tx, {
        orgId: actor.orgId,
        contactId: existing.id,
        consent: row.consent,
        source: "import",
        userId: actor.userId,
      });
  }
}
