"use client";

import type { AppRouter, inferRouterOutputs } from "@taqweem/api";
import { type Messages, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { cellClass, DataTable, HeaderCell } from "@/components/ui/data-table";
import { Ltr } from "@/components/ui/ltr";

export type ImportReport = inferRouterOutputs<AppRouter>["events"]["importCsv"];
type ErrorKey = keyof Messages["errors"];
type FieldKey = keyof Messages["event"]["fields"];

/** `starts_at` → `startsAt`; the `category` column holds `categoryId`. */
function fieldOfColumn(column: string): string {
  return column === "category"
    ? "categoryId"
    : column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** Every row of a checked file with its problems, column by column, before anything is written. */
export function CsvImportReport({ report }: { report: ImportReport }) {
  const t = useTranslations("csv");
  const tFields = useTranslations("event.fields");
  const tErrors = useTranslations("errors");
  const problemsOf = (row: number) => report.errors.filter((error) => error.row === row);
  const columnLabel = (column: string) => {
    const field = fieldOfColumn(column) as FieldKey;
    return tFields.has(field) ? tFields(field) : column;
  };
  const message = (key: string) => {
    const name = key.replace(/^errors\./, "") as ErrorKey;
    return tErrors.has(name) ? tErrors(name) : tErrors("invalidInput");
  };

  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700" data-testid="csv-summary">
        {t("summary", { total: report.total, invalid: report.invalid })}
      </p>
      {report.ignoredColumns.length > 0 && (
        <p className="text-sm text-slate-600">
          {t("ignoredColumns")} <Ltr className="font-mono text-xs">{report.ignoredColumns.join(", ")}</Ltr>
        </p>
      )}
      <div className="max-h-80 overflow-y-auto rounded-lg border border-slate-200 px-4">
        <DataTable
          label={t("rows")}
          minWidth="36rem"
          head={
            <>
              <HeaderCell>{t("columns.row")}</HeaderCell>
              <HeaderCell>{t("columns.title")}</HeaderCell>
              <HeaderCell>{t("columns.start")}</HeaderCell>
              <HeaderCell>{t("columns.result")}</HeaderCell>
            </>
          }
        >
          {report.rows.map(({ row, values }) => {
            const problems = problemsOf(row);
            return (
              <tr key={row} data-testid="csv-row" data-valid={problems.length === 0}>
                <td className={`${cellClass} tabular-nums`} dir="ltr">
                  {row}
                </td>
                <td className={cellClass}>
                  {values.title_en && <span lang="en">{values.title_en}</span>}
                  {values.title_en && values.title_ar && " · "}
                  {values.title_ar && <span lang="ar">{values.title_ar}</span>}
                </td>
                <td className={`${cellClass} whitespace-nowrap`} dir="ltr">
                  {values.starts_at}
                </td>
                <td className={cellClass}>
                  {problems.length === 0 ? (
                    <Badge tone="green">{t("rowValid")}</Badge>
                  ) : (
                    <ul className="space-y-1 text-red-800">
                      {problems.map((problem) => (
                        <li key={problem.field}>
                          <span className="font-medium">{columnLabel(problem.field)}</span>
                          {" ("}
                          <Ltr className="font-mono text-xs">{problem.field}</Ltr>
                          {"): "}
                          {message(problem.key)}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </DataTable>
      </div>
    </div>
  );
}
