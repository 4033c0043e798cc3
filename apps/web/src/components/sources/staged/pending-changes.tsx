"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cellClass, DataTable, HeaderCell } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/states";
import { useTRPC } from "@/trpc/react";
import { useErrorMessage } from "@/trpc/use-error-message";
import type { StagedDetail } from "../types";
import { FieldValue } from "./field-value";
import { useRefreshStaged } from "./use-refresh-staged";

type Change = StagedDetail["pendingChanges"][number];

/** The source's changes the imported event has not taken, each accepted, dismissed or ignored on its own. */
export function PendingChanges({ staged, timeZone }: { staged: StagedDetail; timeZone: string }) {
  const t = useTranslations("sources.staged");
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const refresh = useRefreshStaged(staged.id);
  const accept = useMutation(trpc.sources.accept.mutationOptions({ onSuccess: refresh }));
  const dismiss = useMutation(trpc.sources.dismiss.mutationOptions({ onSuccess: refresh }));
  const ignore = useMutation(trpc.sources.ignore.mutationOptions({ onSuccess: refresh }));
  const pending = accept.isPending || dismiss.isPending || ignore.isPending;
  const error = accept.error ?? dismiss.error ?? ignore.error;
  const label = (change: Change) => t(`fields.${change.field}`);
  const event = staged.event!;

  return (
    <Card
      title={t("pendingTitle")}
      actions={
        staged.pendingChanges.length > 1 && (
          <button
            type="button"
            className={buttonClass("secondary", "sm")}
            disabled={pending}
            onClick={() => dismiss.mutate({ id: staged.id })}
          >
            {t("dismissAll")}
          </button>
        )
      }
    >
      {staged.pendingChanges.length === 0 ? (
        <EmptyState title={t("noPendingTitle")} body={t("noPendingBody")} />
      ) : (
        <div className="space-y-4">
          <p className="text-sm text-slate-600">{t("pendingIntro")}</p>
          {error && <Alert tone="error">{errorMessage(error)}</Alert>}
          <DataTable
            label={t("pendingTitle")}
            minWidth="52rem"
            head={
              <>
                <HeaderCell>{t("columns.field")}</HeaderCell>
                <HeaderCell>{t("columns.current")}</HeaderCell>
                <HeaderCell>{t("columns.source")}</HeaderCell>
                <HeaderCell align="end">{t("columns.actions")}</HeaderCell>
              </>
            }
          >
            {staged.pendingChanges.map((change) => (
              <tr key={change.field} data-testid="pending-change" data-field={change.field}>
                <th scope="row" className={`${cellClass} text-start font-medium`}>
                  {label(change)}
                </th>
                <td className={`${cellClass} text-slate-700`}>
                  <FieldValue field={change.field} value={change.current} timeZone={timeZone} />
                </td>
                <td className={`${cellClass} text-slate-900`}>
                  <FieldValue field={change.field} value={change.source} timeZone={timeZone} />
                </td>
                <td className={`${cellClass} text-end`}>
                  <div className="flex flex-wrap justify-end gap-2">
                    <button
                      type="button"
                      className={buttonClass("primary", "sm")}
                      disabled={pending}
                      aria-label={t("acceptFor", { field: label(change) })}
                      onClick={() =>
                        accept.mutate({ id: staged.id, field: change.field, eventVersion: event.version })
                      }
                    >
                      {t("accept")}
                    </button>
                    <button
                      type="button"
                      className={buttonClass("secondary", "sm")}
                      disabled={pending}
                      aria-label={t("dismissFor", { field: label(change) })}
                      onClick={() => dismiss.mutate({ id: staged.id, field: change.field })}
                    >
                      {t("dismiss")}
                    </button>
                    <button
                      type="button"
                      className={buttonClass("secondary", "sm")}
                      disabled={pending}
                      aria-label={t("ignoreFieldFor", { field: label(change) })}
                      onClick={() => ignore.mutate({ id: staged.id, field: change.field })}
                    >
                      {t("ignoreField")}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </DataTable>
        </div>
      )}
    </Card>
  );
}
