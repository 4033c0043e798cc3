"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/react";

/** After a review action: the staged event, the review list and the calendar's events read again. */
export function useRefreshStaged(stagedId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.sources.staged.queryKey({ id: stagedId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.sources.review.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.events.pathKey() }),
    ]);
}
