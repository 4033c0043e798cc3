"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { AppRouter, inferRouterOutputs } from "@taqweem/api";
import { useState } from "react";
import { useAppEvents } from "@/hooks/use-app-events";
import type { PingReplyEvent, StreamEvent } from "@/server/events/for-viewer";
import { useTRPC } from "@/trpc/react";

export type Overview = inferRouterOutputs<AppRouter>["system"]["overview"];

const keptReplies = 30;
// Queue depths have no events of their own, so the overview is re-read now and then.
const refetchMs = 5_000;

type WorkerEvent = Extract<StreamEvent, { type: "worker.heartbeat" | "worker.stopped" }>;

/** Applies a heartbeat or a stop to the cached overview; null when the worker is not in it yet. */
function applyWorkerEvent(overview: Overview, event: WorkerEvent): Overview | null {
  if (!overview.workers.some((worker) => worker.id === event.workerId)) return null;
  const workers =
    event.type === "worker.stopped"
      ? overview.workers.filter((worker) => worker.id !== event.workerId)
      : overview.workers.map((worker) =>
          worker.id === event.workerId ? { ...worker, lastSeenAt: new Date(event.lastSeenAt) } : worker,
        );
  return { ...overview, workers };
}

/**
 * The System page's data: the overview query, kept live by worker events from the stream, and
 * the ping replies received so far.
 */
export function useLiveOverview() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const queryKey = trpc.system.overview.queryKey();
  const overview = useQuery(trpc.system.overview.queryOptions(undefined, { refetchInterval: refetchMs }));
  const [replies, setReplies] = useState<PingReplyEvent[]>([]);

  const stream = useAppEvents((event) => {
    if (event.type === "ping.reply") {
      setReplies((list) => [...list.slice(1 - keptReplies), event]);
      return;
    }
    // Other events on the stream belong to other pages.
    if (event.type !== "worker.heartbeat" && event.type !== "worker.stopped") return;
    const current = queryClient.getQueryData(queryKey);
    const next = current && applyWorkerEvent(current, event);
    if (next) queryClient.setQueryData(queryKey, next);
    // A worker we have not seen yet: read the overview again to learn about it.
    else void queryClient.invalidateQueries({ queryKey });
  });

  return { overview, replies, stream };
}
