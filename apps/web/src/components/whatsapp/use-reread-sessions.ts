"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/react";

/**
 * After a change to a session: reads the list again rather than trusting the mutation's answer,
 * since the worker may have moved the session on meanwhile (a read under way is started again).
 */
export function useRereadSessions(): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.whatsapp.sessions.list.queryKey() });
}
