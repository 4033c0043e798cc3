"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/react";
import type { WaSessionView } from "./types";

/**
 * Puts a session a mutation returned into the cached list, unless a live event already brought
 * a newer state (the worker can move on while the request is still coming back).
 */
export function usePutSession(): (view: WaSessionView) => void {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (view) =>
    queryClient.setQueryData(trpc.whatsapp.sessions.list.queryKey(), (list) => {
      if (!list) return list;
      const current = list.find((session) => session.id === view.id);
      if (!current) return [view, ...list];
      if (current.updatedAt > view.updatedAt) return list;
      return list.map((session) => (session === current ? view : session));
    });
}
