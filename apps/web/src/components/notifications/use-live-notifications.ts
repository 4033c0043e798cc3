"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useAppEvents } from "@/hooks/use-app-events";
import { useTRPC } from "@/trpc/react";

/**
 * The unread count, kept live: a `notification.created` event on the stream re-reads the count and
 * any open list (the event names the notification, the queries bring its text).
 */
export function useLiveNotifications() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const unread = useQuery(trpc.notifications.unreadCount.queryOptions());
  useAppEvents((event) => {
    if (event.type === "notification.created")
      void queryClient.invalidateQueries(trpc.notifications.pathFilter());
  });
  return unread.data?.unread ?? 0;
}
