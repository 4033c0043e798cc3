import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/server/viewer";
import { HydrateClient, prefetch, trpc } from "@/trpc/server";
import { EditCampaign } from "./edit-campaign";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("campaigns.form");
  return { title: t("editTitle") };
}

export default async function EditCampaignPage({ params }: { params: Promise<{ id: string }> }) {
  await requireCapability(await getLocale(), "campaigns.manage");
  const { id } = await params;
  const t = await getTranslations("campaigns");
  await prefetch(trpc.campaigns.options.queryOptions());
  return (
    <HydrateClient>
      <BackLink href={`/campaigns/${id}`}>{t("backToCampaign")}</BackLink>
      <PageHeader title={t("form.editTitle")} description={t("form.description")} />
      <EditCampaign campaignId={id} />
    </HydrateClient>
  );
}
