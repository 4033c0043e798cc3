"use client";

import type { WorkerKind } from "@taqweem/db/schema";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { ErrorState, LoadingState } from "@/components/ui/states";
import { StreamBadge } from "@/components/ui/stream-badge";
import type { StreamStatus } from "@/hooks/use-app-events";
import { useServerNow } from "@/hooks/use-server-now";
import type { PingReplyEvent } from "@/server/events/for-viewer";
import { useErrorMessage } from "@/trpc/use-error-message";
import { PingPanel } from "./ping-panel";
import { QueuesTable } from "./queues-table";
import { type Overview, useLiveOverview } from "./use-live-overview";
import { WorkersTable } from "./workers-table";

export function SystemView({ kinds }: { kinds: WorkerKind[] }) {
  const t = useTranslations();
  const errorMessage = useErrorMessage();
  const { overview, replies, stream } = useLiveOverview();

  let body: ReactNode;
  if (overview.isPending) body = <LoadingState />;
  else if (overview.isError)
    body = (
      <ErrorState
        title={t("system.loadFailed")}
        body={errorMessage(overview.error)}
        onRetry={() => overview.refetch()}
      />
    );
  else body = <LiveSections overview={overview.data} kinds={kinds} replies={replies} stream={stream} />;

  return (
    <>
      <PageHeader
        title={t("system.title")}
        description={t("system.description")}
        actions={<StreamBadge status={stream} />}
      />
      {body}
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
