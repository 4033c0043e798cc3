"use client";

import { type Messages, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { cellClass, DataTable, HeaderCell } from "@/components/ui/data-table";
import { Ltr } from "@/components/ui/ltr";
import type { ImportReport } from "./types";

type ErrorName = keyof Messages["errors"];

/**
 * What a checked file would do before anything is written: the counts, every row's problems
 * (row, column, what is wrong) and the first rows with what will happen to each.
 */
export function ImportReportView({ report }: { report: ImportReport }) {
  const t = useTranslations("contacts.import");
  const tErrors = useTranslations("errors");
  const message = (key: string) => {
    const name = key.replace(/^errors\./, "") as ErrorName;
    return tErrors.has(name) ? tErrors(name) : tErrors("invalidInput");
  };
  const actionBadge = { add: "blue", update: "amber", invalid: "red" } as const;
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700" data-testid="import-summary">
        {t("summary", {
          total: report.total,
          add: report.toAdd,
          update: report.toUpdate,
          invalid: report.invalid,
        })}
      </p>
      {report.keptOptedOut.length > 0 && (
        <p className="text-sm text-slate-700">{t("keptOptedOut", { count: report.keptOptedOut.length })}</p>
      )}
      {report.ignoredColumns.length > 0 && (
        <p className="text-sm text-slate-600">
          {t("ignoredColumns")} <Ltr className="font-mono text-xs">{report.ignoredColumns.join(", ")}</Ltr>
        </p>
      )}
      {report.problems.length > 0 && (
        <div className="max-h-56 overflow-y-auto rounded-lg border border-red-200 px-4">
          <DataTable
            label={t("problems")}
            minWidth="30rem"
            head={
              <>
                <HeaderCell>{t("columns.row")}</HeaderCell>
                <HeaderCell>{t("columns.column")}</HeaderCell>
                <HeaderCell>{t("columns.problem")}</HeaderCell>
              </>
            }
          >
            {report.problems.map((problem) => (
              <tr key={`${problem.row}-${problem.column}-${problem.key}`} data-testid="import-problem">
                <td className={`${cellClass} tabular-nums`} dir="ltr">
                  {problem.row}
                </td>
                <td className={cellClass}>
                  <Ltr className="font-mono text-xs">{problem.column ?? ""}</Ltr>
                </td>
                <td className={`${cellClass} text-red-800`}>{message(problem.key)}</td>
              </tr>
            ))}
          </DataTable>
        </div>
      )}
      <div className="max-h-72 overflow-y-auto rounded-lg border border-slate-200 px-4">
        <DataTable
          label={t("rows")}
          minWidth="36rem"
          head={
            <>
              <HeaderCell>{t("columns.row")}</HeaderCell>
              <HeaderCell>{t("columns.name")}</HeaderCell>
              <HeaderCell>{t("columns.phone")}</HeaderCell>
              <HeaderCell>{t("columns.result")}</HeaderCell>
            </>
          }
        >
          {report.sample.map((row) => (
            <tr key={row.row} data-testid="import-row" data-action={row.action}>
              <td className={`${cellClass} tabular-nums`} dir="ltr">
                {row.row}
              </td>
              <td className={cellClass}>
                {row.nameEn && <span lang="en">{row.nameEn}</span>}
                {row.nameEn && row.nameAr && " · "}
                {row.nameAr && <span lang="ar">{row.nameAr}</span>}
              </td>
              <td className={`${cellClass} whitespace-nowrap tabular-nums`}>
                <Ltr>{row.phone ?? ""}</Ltr>
              </td>
              <td className={cellClass}>
                <Badge tone={actionBadge[row.action]}>{t(`actions.${row.action}`)}</Badge>
              </td>
            </tr>
          ))}
        </DataTable>
        {report.total > report.sample.length && (
          <p className="py-2 text-xs text-slate-500">
            {t("moreRows", { count: report.total - report.sample.length })}
          </p>
        )}
      </div>
    </div>
  );
}
