"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/react";

/**
 * Re-reads everything a change to tasks can move: task lists and details, the task counts of an
 * event's departments, reminders (their audiences follow the departments), and the event itself
 * (its departments and history).
 */
export function useRefreshTasks(): () => Promise<unknown> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.tasks.pathFilter()),
      queryClient.invalidateQueries(trpc.departments.forEvent.pathFilter()),
      queryClient.invalidateQueries(trpc.reminders.pathFilter()),
      queryClient.invalidateQueries(trpc.events.get.pathFilter()),
      queryClient.invalidateQueries(trpc.events.history.pathFilter()),
    ]);
}
