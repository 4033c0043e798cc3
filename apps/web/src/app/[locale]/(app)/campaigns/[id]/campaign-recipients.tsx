"use client";

import { useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cellClass, DataTable, HeaderCell } from "@/components/ui/data-table";
import { LoadMore, pagedItems } from "@/components/ui/load-more";
import { Ltr } from "@/components/ui/ltr";
import { QueryView } from "@/components/ui/query-view";
import { SelectField } from "@/components/ui/select-field";
import { EmptyState } from "@/components/ui/states";
import { saveFile } from "@/lib/save-file";
import { useTRPC } from "@/trpc/react";

const statuses = ["queued", "sent", "delivered", "read", "failed", "skipped"] as const;
type Status = (typeof statuses)[number];

/** Every recipient's result, filtered by status, with the same view as a CSV file. */
export function CampaignRecipients({ campaignId }: { campaignId: string }) {
  const t = useTranslations("campaigns.recipients");
  const tr = useTranslations("campaigns");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<Status | "">("");
  const [exportFailed, setExportFailed] = useState(false);
  const filter = { campaignId, ...(status ? { status } : {}) };
  const pages = useInfiniteQuery(
    trpc.campaigns.recipients.infiniteQueryOptions(
      { ...filter, limit: 50 },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const items = pagedItems(pages.data);
  const download = async () => {
    setExportFailed(false);
    try {
      const file = await queryClient.fetchQuery({
        ...trpc.campaigns.exportRecipients.queryOptions(filter),
        staleTime: 0,
      });
      saveFile(file.content, file.filename, "text/csv;charset=utf-8");
    } catch {
      setExportFailed(true);
    }
  };
  return (
    <Card
      title={t("title")}
      actions={
        <button type="button" className={buttonClass("secondary", "sm")} onClick={download}>
          {t("export")}
        </button>
      }
    >
      <div className="mb-3 max-w-xs">
        <SelectField
          id="recipient-status"
          label={t("status")}
          value={status}
          emptyLabel={t("allStatuses")}
          options={statuses.map((value) => ({ value, label: tr(`recipientStatus.${value}`) }))}
          onChange={(value) => setStatus(value as Status | "")}
        />
      </div>
      {exportFailed && <Alert tone="error">{t("exportFailed")}</Alert>}
      <QueryView
        query={pages}
        loadFailed={t("loadFailed")}
        isEmpty={() => items.length === 0}
        empty={<EmptyState title={t("empty.title")} body={t("empty.body")} />}
      >
        {() => (
          <>
            <DataTable
              label={t("title")}
              minWidth="40rem"
              head={
                <>
                  <HeaderCell>{t("name")}</HeaderCell>
                  <HeaderCell>{t("phone")}</HeaderCell>
                  <HeaderCell>{t("status")}</HeaderCell>
                  <HeaderCell>{t("reason")}</HeaderCell>
                  <HeaderCell align="end">{t("attempt")}</HeaderCell>
                </>
              }
            >
              {items.map((row) => (
                <tr key={row.id} data-testid="recipient-row">
                  <td className={cellClass}>{row.name}</td>
                  <td className={cellClass}>
                    <Ltr>{row.phone}</Ltr>
                  </td>
                  <td className={cellClass}>{tr(`recipientStatus.${row.status}`)}</td>
                  <td className={cellClass}>{row.error ? <Ltr>{row.error}</Ltr> : ""}</td>
                  <td className={`${cellClass} text-end tabular-nums`}>{row.attempt}</td>
                </tr>
              ))}
            </DataTable>
            <LoadMore query={pages} label={t("more")} />
          </>
        )}
      </QueryView>
    </Card>
  );
}
