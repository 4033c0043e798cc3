"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { cellClass, DataTable, HeaderCell } from "@/components/ui/data-table";
import { LoadMore, pagedItems } from "@/components/ui/load-more";
import { Ltr } from "@/components/ui/ltr";
import { QueryView } from "@/components/ui/query-view";
import { EmptyState } from "@/components/ui/states";
import { useTRPC } from "@/trpc/react";
import { RunStatusBadge } from "./run-status";
import { useRunSummary } from "./run-summary";
import type { RunItem } from "./types";
import { useReasonText } from "./use-reason-text";

/** What went wrong in a run: the importer's refusal, replays refused, and each page's error. */
function RunProblems({ run }: { run: RunItem }) {
  const t = useTranslations("sources");
  const reasonText = useReasonText();
  // A code the messages do not know yet (a newer scraper) shows as it is.
  const tCode = useTranslations("sources.errorCodes");
  const codeText = (code: string) => (tCode.has(code as "timeout") ? tCode(code as "timeout") : code);
  if (!run.refusalReason && run.errors.length === 0 && run.replaysRefused === 0)
    return <span className="text-slate-500">{t("noProblems")}</span>;
  return (
    <div className="space-y-1 text-xs">
      {run.refusalReason && <p className="text-red-700">{reasonText(run.refusalReason)}</p>}
      {run.replaysRefused > 0 && (
        <p className="text-red-700">{t("replays", { count: run.replaysRefused })}</p>
      )}
      {run.errors.length > 0 && (
        <details>
          <summary className="cursor-pointer text-amber-800">
            {t("pageErrors", { count: run.errors.length })}
          </summary>
          <ul className="mt-1 space-y-1">
            {run.errors.map((error, index) => (
              // Errors have no id of their own; their order in the run is fixed.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <li key={index}>
                {codeText(error.code)}: <Ltr className="break-all text-slate-600">{error.url}</Ltr>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/** Every run of the organisation's sources, newest first, with its counts and problems. */
export function RunsTable() {
  const t = useTranslations("sources");
  const format = useFormatter();
  const summary = useRunSummary();
  const trpc = useTRPC();
  const runs = useInfiniteQuery(
    trpc.sources.runs.infiniteQueryOptions(
      { limit: 20 },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const items = pagedItems(runs.data);
  return (
    <Card title={t("runsTitle")}>
      <QueryView
        query={runs}
        loadFailed={t("runsLoadFailed")}
        isEmpty={() => items.length === 0}
        empty={<EmptyState title={t("runsEmptyTitle")} body={t("runsEmptyBody")} />}
      >
        {() => (
          <>
            <DataTable
              label={t("runsTitle")}
              minWidth="56rem"
              head={
                <>
                  <HeaderCell>{t("runColumns.source")}</HeaderCell>
                  <HeaderCell>{t("runColumns.started")}</HeaderCell>
                  <HeaderCell>{t("runColumns.status")}</HeaderCell>
                  <HeaderCell>{t("runColumns.pages")}</HeaderCell>
                  <HeaderCell>{t("runColumns.events")}</HeaderCell>
                  <HeaderCell>{t("runColumns.problems")}</HeaderCell>
                </>
              }
            >
              {items.map((run) => (
                <tr key={run.id} data-testid="run-row">
                  <td className={`${cellClass} font-medium`}>{run.sourceName}</td>
                  <td className={`${cellClass} whitespace-nowrap text-slate-700`}>
                    {format.dateTime(run.startedAt ?? run.createdAt, "dateTime")}
                  </td>
                  <td className={cellClass}>
                    <RunStatusBadge status={run.status} />
                  </td>
                  <td className={`${cellClass} text-slate-700`}>{summary.pages(run)}</td>
                  <td className={`${cellClass} text-slate-700`} data-testid="run-events">
                    {summary.events(run)}
                  </td>
                  <td className={cellClass}>
                    <RunProblems run={run} />
                  </td>
                </tr>
              ))}
            </DataTable>
            <LoadMore query={runs} label={t("more")} />
          </>
        )}
      </QueryView>
    </Card>
  );
}
