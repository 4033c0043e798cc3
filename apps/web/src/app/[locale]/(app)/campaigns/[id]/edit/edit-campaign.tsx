"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { QueryView } from "@/components/ui/query-view";
import { EmptyState } from "@/components/ui/states";
import { useTRPC } from "@/trpc/react";
import { CampaignForm } from "../../campaign-form";

/** The form again for a draft or scheduled campaign (the API refuses changes once it has started). */
export function EditCampaign({ campaignId }: { campaignId: string }) {
  const t = useTranslations("campaigns");
  const trpc = useTRPC();
  const campaign = useQuery(trpc.campaigns.get.queryOptions({ campaignId }));
  return (
    <QueryView
      query={campaign}
      loadFailed={t("loadFailed")}
      notFound={<EmptyState title={t("notFound.title")} body={t("notFound.body")} />}
    >
      {(data) => <CampaignForm campaign={data} />}
    </QueryView>
  );
}
