import { categories, events } from "@taqweem/db";
import { stringify } from "csv-stringify/sync";
import { asc, eq } from "drizzle-orm";
import type { Executor } from "../../tx";
import { calendarConditions } from "../filters";
import type { RangeInput } from "../range-input";
import { occurrencesBetween } from "../recurrence";
import { columnOf, csvColumns, csvFields, guardFormula, textColumns } from "./columns";
import { formatCsvTime, lastDayOf } from "./times";

const maxExportRows = 20_000;

type ExportRow = typeof events.$inferSelect & { categoryName: string | null };

function cellOf(event: ExportRow, field: (typeof csvFields)[number]): string {
  switch (field) {
    case "categoryId":
      return event.categoryName ?? "";
    case "startsAt":
      return formatCsvTime(event.startsAt, event.timeZone, event.allDay);
    case "endsAt":
      return formatCsvTime(
        event.allDay ? lastDayOf(event.endsAt, event.timeZone) : event.endsAt,
        event.timeZone,
        event.allDay,
      );
    default: {
      const value = event[field];
      return value === null ? "" : String(value);
    }
  }
}

/**
 * The events behind the filtered calendar as CSV (one row per event, the rule in `rrule`), in the
 * columns `importEventsCsv` reads, times as local `YYYY-MM-DD HH:mm` in each event's zone. UTF-8
 * with a BOM, so spreadsheet programs show Arabic correctly.
 */
export async function exportEventsCsv(db: Executor, orgId: string, input: RangeInput) {
  const rows = await db
    .select({ event: events, categoryName: categories.nameEn })
    .from(events)
    .leftJoin(categories, eq(categories.id, events.categoryId))
    .where(calendarConditions(db, orgId, input))
    .orderBy(asc(events.startsAt), asc(events.id))
    .limit(maxExportRows);
  const inWindow = rows.filter(({ event }) => occurrencesBetween(event, input.from, input.to).length > 0);
  const lines = inWindow.map(({ event, categoryName }) => [
    event.id,
    ...csvFields.map((field) => {
      const cell = cellOf({ ...event, categoryName }, field);
      return textColumns.has(columnOf(field)) ? guardFormula(cell) : cell;
    }),
  ]);
  const content = `\uFEFF${stringify([["id", ...csvColumns], ...lines])}`;
  return { filename: `events-${input.from.toISOString().slice(0, 10)}.csv`, content, rows: lines.length };
}
