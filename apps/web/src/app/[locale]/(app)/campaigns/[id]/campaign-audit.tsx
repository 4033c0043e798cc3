"use client";

import { useQuery } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { QueryView } from "@/components/ui/query-view";
import { EmptyState } from "@/components/ui/states";
import { useTRPC } from "@/trpc/react";

/** Who created, started, paused, resumed, retried and cancelled the campaign, oldest first. */
export function CampaignAudit({ campaignId }: { campaignId: string }) {
  const t = useTranslations("campaigns.audit");
  const format = useFormatter();
  const trpc = useTRPC();
  const trail = useQuery(trpc.campaigns.audit.queryOptions({ campaignId }));
  return (
    <Card title={t("title")}>
      <QueryView query={trail} loadFailed={t("loadFailed")} empty={<EmptyState title={t("empty")} body="" />}>
        {(entries) => (
          <ol className="space-y-2 text-sm" data-testid="campaign-audit">
            {entries.map((entry) => (
              <li key={entry.id} className="flex flex-wrap gap-x-2">
                <span className="font-medium text-slate-900">
                  {t(`action.${entry.action.slice("campaign.".length)}` as "action.start")}
                </span>
                <span className="text-slate-600">{entry.actorName ?? t("system")}</span>
                <time className="text-slate-500" dateTime={entry.at.toISOString()}>
                  {format.dateTime(entry.at, "dateTime")}
                </time>
              </li>
            ))}
          </ol>
        )}
      </QueryView>
    </Card>
  );
}
