"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useAppEvents } from "@/hooks/use-app-events";
import { useTRPC } from "@/trpc/react";

/**
 * Refetches the campaign's queries when the server says it changed (`campaign.progress`, sent by
 * every send and receipt of its messages and every change of state): pushed, never polled.
 */
export function useCampaignLive(campaignId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useAppEvents((event) => {
    if (event.type !== "campaign.progress" || event.campaignId !== campaignId) return;
    void queryClient.invalidateQueries({
      predicate: (query) => {
        const [path, input] = query.queryKey as [string[], { input?: { campaignId?: string } } | undefined];
        return path?.[0] === "campaigns" && input?.input?.campaignId === campaignId;
      },
    });
    void queryClient.invalidateQueries(trpc.campaigns.list.queryFilter());
  });
}
