"use client";

import { useQuery } from "@tanstack/react-query";
import type { Action } from "@taqweem/api/permissions";
import { useTRPC } from "@/trpc/react";

/**
 * What the signed-in person may do, as `me` reports it from the one permissions module: the UI
 * shows or hides controls with it and never checks roles itself. Before `me` arrives, nothing.
 */
export function useCapabilities() {
  const trpc = useTRPC();
  const me = useQuery(trpc.me.get.queryOptions());
  const capabilities: readonly Action[] = me.data?.capabilities ?? [];
  return {
    userId: me.data?.userId,
    loaded: me.data !== undefined,
    can: (action: Action) => capabilities.includes(action),
  };
}
