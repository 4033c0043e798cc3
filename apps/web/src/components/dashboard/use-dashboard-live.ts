"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useEffectEvent, useRef } from "react";
import { type StreamStatus, useAppEvents } from "@/hooks/use-app-events";
import { useTRPC } from "@/trpc/react";

/**
 * Re-reads the home page's sections that an app event concerns: WhatsApp numbers on a session
 * change, failed messages on a failure, tasks and plans on a notification (tasks assigned, changed
 * or due come with one). After a reconnect everything is read again, as events may have been missed.
 */
export function useDashboardLive(): StreamStatus {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const reread = (filter: { queryKey: readonly unknown[] }) => void queryClient.invalidateQueries(filter);
  const stream = useAppEvents((event) => {
    switch (event.type) {
      case "wa.session":
      case "wa.session.removed":
        reread(trpc.dashboard.whatsappAttention.queryFilter());
        return;
      case "wa.message":
        if (event.status === "failed") reread(trpc.dashboard.failedWhatsApp.queryFilter());
        return;
      case "notification.created":
        reread(trpc.dashboard.myTasks.queryFilter());
        reread(trpc.dashboard.overdueByDepartment.queryFilter());
        reread(trpc.dashboard.unassignedEvents.queryFilter());
        reread(trpc.dashboard.agenda.queryFilter());
        return;
    }
  });
  const opened = useRef(false);
  const readAll = useEffectEvent(() => {
    // The first opening follows the page's own fresh data; a later one follows a gap.
    if (opened.current) reread(trpc.dashboard.pathFilter());
    opened.current = true;
  });
  useEffect(() => {
    if (stream === "open") readAll();
  }, [stream]);
  return stream;
}
