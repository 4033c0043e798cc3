"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { PageHeader } from "@/components/ui/page-header";
import { QueryView } from "@/components/ui/query-view";
import { EmptyState } from "@/components/ui/states";
import { useCapabilities } from "@/hooks/use-capabilities";
import { useTRPC } from "@/trpc/react";
import { CampaignAnalytics } from "./campaign-analytics";
import { CampaignAudit } from "./campaign-audit";
import { CampaignControls } from "./campaign-controls";
import { CampaignProgress } from "./campaign-progress";
import { CampaignRecipients } from "./campaign-recipients";
import { TestSendForm } from "./test-send-form";
import { useCampaignLive } from "./use-campaign-live";

/** One campaign: live progress, its controls, a test send before it starts, analytics, recipients and audit. */
export function CampaignScreen({ campaignId }: { campaignId: string }) {
  const t = useTranslations("campaigns");
  const trpc = useTRPC();
  const { can } = useCapabilities();
  const campaign = useQuery(trpc.campaigns.get.queryOptions({ campaignId }));
  useCampaignLive(campaignId);
  return (
    <QueryView
      query={campaign}
      loadFailed={t("loadFailed")}
      notFound={<EmptyState title={t("notFound.title")} body={t("notFound.body")} />}
    >
      {(data) => (
        <div className="space-y-6">
          <PageHeader
            title={data.name}
            description={t("summary", {
              template: data.templateName ?? "—",
              number: data.sessionName ?? "—",
            })}
            actions={can("campaigns.manage") ? <CampaignControls campaign={data} /> : null}
          />
          <CampaignProgress campaignId={campaignId} />
          {can("campaigns.manage") && (data.state === "draft" || data.state === "scheduled") && (
            <TestSendForm campaignId={campaignId} />
          )}
          {data.state !== "draft" && data.state !== "scheduled" && (
            <>
              <CampaignAnalytics campaignId={campaignId} />
              <CampaignRecipients campaignId={campaignId} />
            </>
          )}
          <CampaignAudit campaignId={campaignId} />
        </div>
      )}
    </QueryView>
  );
}
