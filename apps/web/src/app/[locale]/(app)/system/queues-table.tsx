"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { cellClass, DataTable, HeaderCell } from "@/components/ui/data-table";
import { Ltr } from "@/components/ui/ltr";
import type { Overview } from "./use-live-overview";

const counts = ["queued", "active", "failed", "dead"] as const;

export function QueuesTable({ queues }: { queues: Overview["queues"] }) {
  const t = useTranslations("system.queues");
  const format = useFormatter();
  return (
    <Card title={t("title")}>
      <DataTable
        label={t("title")}
        minWidth="36rem"
        head={
          <>
            <HeaderCell>{t("name")}</HeaderCell>
            {counts.map((count) => (
              <HeaderCell key={count} align="end">
                {t(count)}
              </HeaderCell>
            ))}
          </>
        }
      >
        {queues.map((queue) => (
          <tr key={queue.name} data-testid="queue-row" data-queue={queue.name}>
            <td className={cellClass}>
              <Ltr className="font-mono text-slate-900">{queue.name}</Ltr>
            </td>
            {counts.map((count) => {
              const alarming = (count === "failed" || count === "dead") && queue[count] > 0;
              return (
                <td
                  key={count}
                  data-count={count}
                  className={`${cellClass} text-end tabular-nums ${alarming ? "font-semibold text-red-700" : "text-slate-700"}`}
                >
                  {format.number(queue[count], "integer")}
                </td>
              );
            })}
          </tr>
        ))}
      </DataTable>
    </Card>
  );
}
