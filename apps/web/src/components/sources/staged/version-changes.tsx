"use client";

import { useTranslations } from "next-intl";
import { cellClass, DataTable, HeaderCell } from "@/components/ui/data-table";
import type { StagedDetail } from "../types";
import { FieldValue } from "./field-value";

type Change = StagedDetail["versionChanges"][number];

/** Field by field, what one version of a staged event has against another (or, alone, what it says). */
export function VersionChangesTable({
  label,
  changes,
  timeZone,
  withFrom,
}: {
  label: string;
  changes: Change[];
  timeZone: string;
  withFrom: boolean;
}) {
  const t = useTranslations("sources.staged");
  return (
    <DataTable
      label={label}
      minWidth={withFrom ? "40rem" : "28rem"}
      head={
        <>
          <HeaderCell>{t("columns.field")}</HeaderCell>
          {withFrom && <HeaderCell>{t("columns.from")}</HeaderCell>}
          <HeaderCell>{t("columns.to")}</HeaderCell>
        </>
      }
    >
      {changes.map((change) => (
        <tr key={change.field} data-testid="version-change" data-field={change.field}>
          <th scope="row" className={`${cellClass} text-start font-medium`}>
            {t(`fields.${change.field}`)}
          </th>
          {withFrom && (
            <td className={`${cellClass} text-slate-700`}>
              <FieldValue field={change.field} value={change.from} timeZone={timeZone} />
            </td>
          )}
          <td className={`${cellClass} text-slate-900`}>
            <FieldValue field={change.field} value={change.to} timeZone={timeZone} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
