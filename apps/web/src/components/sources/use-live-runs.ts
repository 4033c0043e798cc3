"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useAppEvents } from "@/hooks/use-app-events";
import type { StreamEvent } from "@/server/events/for-viewer";
import { useTRPC } from "@/trpc/react";
import type { SourceItem } from "./types";

type RunEvent = Extract<StreamEvent, { type: "scrape.run" }>;

/** The source's last run with the event's counters and status; null when the event is of another run. */
function withProgress(source: SourceItem, event: RunEvent): SourceItem | null {
  if (source.lastRun?.id !== event.runId) return null;
  const { type: _type, runId: _runId, errorCount: _errorCount, startedAt, finishedAt, ...counters } = event;
  return {
    ...source,
    lastRun: {
      ...source.lastRun,
      ...counters,
      startedAt: startedAt ? new Date(startedAt) : null,
      finishedAt: finishedAt ? new Date(finishedAt) : null,
    },
  };
}

/**
 * Keeps the Sources pages live from the event stream (no polling): a run's progress updates its
 * source's row at once; a run the page does not know yet, the runs history and the review list
 * are read again.
 */
export function useLiveRuns() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useAppEvents((event) => {
    if (event.type !== "scrape.run") return;
    const key = trpc.sources.list.queryKey();
    const sources = queryClient.getQueryData(key);
    const source = sources?.find((candidate) => candidate.id === event.sourceId);
    const updated = source && withProgress(source, event);
    if (sources && updated)
      queryClient.setQueryData(
        key,
        sources.map((candidate) => (candidate.id === updated.id ? updated : candidate)),
      );
    else void queryClient.invalidateQueries({ queryKey: key });
    void queryClient.invalidateQueries({ queryKey: trpc.sources.runs.pathKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.sources.review.pathKey() });
  });
}
