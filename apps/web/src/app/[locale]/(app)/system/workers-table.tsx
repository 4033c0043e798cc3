"use client";

import type { WorkerKind } from "@taqweem/db/schema";
import { useFormatter, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { cellClass, DataTable, HeaderCell } from "@/components/ui/data-table";
import { Ltr } from "@/components/ui/ltr";
import { EmptyState } from "@/components/ui/states";
import { useFormatDuration } from "@/hooks/use-format-duration";
import type { Overview } from "./use-live-overview";

type Worker = Overview["workers"][number];

interface Props {
  workers: Worker[];
  kinds: WorkerKind[];
  /** The database's clock as estimated here; null until the page runs in the browser. */
  serverNow: number | null;
  onlineWindowMs: number;
}

function isOnline(worker: Worker, serverNow: number | null, onlineWindowMs: number): boolean {
  // Before the clock ticks in the browser, the server's own verdict stands.
  if (serverNow === null) return worker.online;
  return serverNow - worker.lastSeenAt.getTime() < onlineWindowMs;
}

export function WorkersTable({ workers, kinds, serverNow, onlineWindowMs }: Props) {
  const t = useTranslations("system.workers");
  const format = useFormatter();
  const formatDuration = useFormatDuration();
  const rows = workers.map((worker) => ({ worker, online: isOnline(worker, serverNow, onlineWindowMs) }));
  const missing = kinds.filter((kind) => !rows.some((row) => row.online && row.worker.kind === kind));
  return (
    <Card title={t("title")}>
      {missing.length > 0 && (
        <div className="mb-4">
          <Alert tone="info">
            {t("missing")}{" "}
            {format.list(
              missing.map((kind) => (
                <Ltr key={kind} className="font-mono">
                  {kind}
                </Ltr>
              )),
            )}
          </Alert>
        </div>
      )}
      {rows.length === 0 ? (
        <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
      ) : (
        <DataTable
          label={t("title")}
          minWidth="44rem"
          head={
            <>
              <HeaderCell>{t("kind")}</HeaderCell>
              <HeaderCell>{t("host")}</HeaderCell>
              <HeaderCell>{t("version")}</HeaderCell>
              <HeaderCell>{t("uptime")}</HeaderCell>
              <HeaderCell>{t("lastSeen")}</HeaderCell>
              <HeaderCell>{t("status")}</HeaderCell>
            </>
          }
        >
          {rows.map(({ worker, online }) => (
            <tr key={worker.id} data-testid="worker-row" data-kind={worker.kind} data-online={online}>
              <td className={`${cellClass} font-medium text-slate-900`}>
                <Ltr className="font-mono">{worker.kind}</Ltr>
              </td>
              <td className={`${cellClass} text-slate-700`}>
                <Ltr>{worker.host}</Ltr>{" "}
                <span className="text-xs text-slate-500">
                  ({t("pid")} <Ltr>{worker.pid}</Ltr>)
                </span>
              </td>
              <td className={`${cellClass} text-slate-700`}>
                <Ltr>{worker.version}</Ltr>
              </td>
              <td className={`${cellClass} whitespace-nowrap text-slate-700`}>
                {serverNow === null ? "—" : formatDuration(serverNow - worker.startedAt.getTime())}
              </td>
              <td className={`${cellClass} whitespace-nowrap text-slate-700`}>
                {serverNow === null
                  ? "—"
                  : t("ago", { duration: formatDuration(serverNow - worker.lastSeenAt.getTime()) })}
              </td>
              <td className={cellClass}>
                <Badge tone={online ? "green" : "red"} dot data-testid="worker-status">
                  {online ? t("online") : t("offline")}
                </Badge>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </Card>
  );
}
