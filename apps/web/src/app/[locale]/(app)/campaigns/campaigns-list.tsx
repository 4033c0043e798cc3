"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { QueryView } from "@/components/ui/query-view";
import { EmptyState } from "@/components/ui/states";
import { useAppEvents } from "@/hooks/use-app-events";
import { useCapabilities } from "@/hooks/use-capabilities";
import { Link } from "@/i18n/navigation";
import { useTRPC } from "@/trpc/react";
import { ProgressBar } from "./progress-bar";

/** The organisation's campaigns, newest first, with their state and progress (live). */
export function CampaignsList() {
  const t = useTranslations("campaigns");
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { can } = useCapabilities();
  const list = useQuery(trpc.campaigns.list.queryOptions({}));
  useAppEvents((event) => {
    if (event.type === "campaign.progress")
      void queryClient.invalidateQueries(trpc.campaigns.list.queryFilter());
  });
  const actions = (
    <div className="flex gap-2">
      <Link href="/campaigns/templates" className={buttonClass("secondary", "sm")}>
        {t("templates.link")}
      </Link>
      {can("campaigns.manage") && (
        <Link href="/campaigns/new" className={buttonClass("primary", "sm")}>
          {t("new")}
        </Link>
      )}
    </div>
  );
  return (
    <Card title={t("listTitle")} actions={actions}>
      <QueryView
        query={list}
        loadFailed={t("loadFailed")}
        isEmpty={(page) => page.items.length === 0}
        empty={<EmptyState title={t("empty.title")} body={t("empty.body")} />}
      >
        {(page) => (
          <ul className="divide-y divide-slate-100">
            {page.items.map((campaign) => {
              const done = Object.entries(campaign.counts)
                .filter(([status]) => status !== "queued")
                .reduce((sum, [, n]) => sum + n, 0);
              return (
                <li key={campaign.id} className="py-3" data-testid="campaign-row">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <Link
                      href={`/campaigns/${campaign.id}`}
                      className="font-medium text-brand-700 hover:underline"
                    >
                      {campaign.name}
                    </Link>
                    <Badge
                      tone={
                        campaign.state === "failed" ? "red" : campaign.state === "running" ? "green" : "slate"
                      }
                    >
                      {t(`state.${campaign.state}`)}
                    </Badge>
                  </div>
                  <p className="mt-1 text-sm text-slate-500">
                    {campaign.scheduledAt && campaign.state === "scheduled"
                      ? t("scheduledFor", { at: format.dateTime(campaign.scheduledAt, "dateTime") })
                      : t("createdAt", { at: format.dateTime(campaign.createdAt, "dateTime") })}
                  </p>
                  {campaign.recipientCount > 0 && (
                    <div className="mt-2">
                      <ProgressBar
                        done={done}
                        total={campaign.recipientCount}
                        label={t("progress.label", { name: campaign.name })}
                      />
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </QueryView>
    </Card>
  );
}
