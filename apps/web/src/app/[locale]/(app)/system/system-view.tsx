"use client";

import type { WorkerKind } from "@taqweem/db/schema";
import { useTranslations } from "next-intl";
import { PageHeader } from "@/components/ui/page-header";
import { QueryView } from "@/components/ui/query-view";
import { StreamBadge } from "@/components/ui/stream-badge";
import type { StreamStatus } from "@/hooks/use-app-events";
import { useServerNow } from "@/hooks/use-server-now";
import type { PingReplyEvent } from "@/server/events/for-viewer";
import { PingPanel } from "./ping-panel";
import { QueuesTable } from "./queues-table";
import { type Overview, useLiveOverview } from "./use-live-overview";
import { WorkersTable } from "./workers-table";

export function SystemView({ kinds }: { kinds: WorkerKind[] }) {
  const t = useTranslations();
  const { overview, replies, stream } = useLiveOverview();

  return (
    <>
      <PageHeader
        title={t("system.title")}
        description={t("system.description")}
        actions={<StreamBadge status={stream} />}
      />
      <QueryView query={overview} loadFailed={t("system.loadFailed")}>
        {(data) => <LiveSections overview={data} kinds={kinds} replies={replies} stream={stream} />}
      </QueryView>
    </>
  );
}

function LiveSections({
  overview,
  kinds,
  replies,
  stream,
}: {
  overview: Overview;
  kinds: WorkerKind[];
  replies: PingReplyEvent[];
  stream: StreamStatus;
}) {
  const serverNow = useServerNow(overview.serverNow);
  return (
    <div className="space-y-6">
      <WorkersTable
        workers={overview.workers}
        kinds={kinds}
        serverNow={serverNow}
        onlineWindowMs={overview.onlineWindowMs}
      />
      <PingPanel replies={replies} live={stream === "open"} />
      <QueuesTable queues={overview.queues} />
    </div>
  );
}
