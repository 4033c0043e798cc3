import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BackLink } from "@/components/ui/back-link";
import { requireCapability } from "@/server/viewer";
import { HydrateClient } from "@/trpc/server";
import { CampaignScreen } from "./campaign-screen";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("campaigns");
  return { title: t("title") };
}

export default async function CampaignPage({ params }: { params: Promise<{ id: string }> }) {
  await requireCapability(await getLocale(), "campaigns.read");
  const { id } = await params;
  const t = await getTranslations("campaigns");
  return (
    <HydrateClient>
      <BackLink href="/campaigns">{t("back")}</BackLink>
      <CampaignScreen campaignId={id} />
    </HydrateClient>
  );
}
