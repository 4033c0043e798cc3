"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { DataTable, HeaderCell } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { QueryView } from "@/components/ui/query-view";
import { EmptyState } from "@/components/ui/states";
import { StreamBadge } from "@/components/ui/stream-badge";
import { useTRPC } from "@/trpc/react";
import { AddSourceDialog } from "./add-source-dialog";
import { RunsTable } from "./runs-table";
import { SourceRow } from "./source-row";
import { useLiveRuns } from "./use-live-runs";

/** The Sources page: every source with its last run live from the stream, and the runs history. */
export function SourcesView({ canManage }: { canManage: boolean }) {
  const t = useTranslations("sources");
  const trpc = useTRPC();
  const sources = useQuery(trpc.sources.list.queryOptions());
  const stream = useLiveRuns();
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <div className="flex items-center gap-3">
            <StreamBadge status={stream} />
            {canManage && <AddSourceDialog />}
          </div>
        }
      />
      <div className="space-y-6">
        <Card title={t("listTitle")}>
          <QueryView
            query={sources}
            loadFailed={t("loadFailed")}
            empty={<EmptyState title={t("emptyTitle")} body={t("emptyBody")} />}
          >
            {(list) => (
              <DataTable
                label={t("listTitle")}
                minWidth="60rem"
                head={
                  <>
                    <HeaderCell>{t("columns.name")}</HeaderCell>
                    <HeaderCell>{t("columns.enabled")}</HeaderCell>
                    <HeaderCell>{t("columns.schedule")}</HeaderCell>
                    <HeaderCell>{t("columns.autoImport")}</HeaderCell>
                    <HeaderCell>{t("columns.lastRun")}</HeaderCell>
                    <HeaderCell align="end">{t("columns.actions")}</HeaderCell>
                  </>
                }
              >
                {list.map((source) => (
                  <SourceRow key={source.id} source={source} canManage={canManage} />
                ))}
              </DataTable>
            )}
          </QueryView>
        </Card>
        <RunsTable />
      </div>
    </>
  );
}
